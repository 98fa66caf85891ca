import { respondApi, routePath } from "@afrapport/schema/api";
import { afterEach, describe, expect, it, vi } from "vitest";
import { RespondApi } from "../respond/respond-api.js";
import { respondDataUrl, startEarlyLoad, takeEarlyLoad } from "./early-load.js";

const stateBody = { campaign: { id: "c1" } };

afterEach(() => {
  vi.unstubAllGlobals();
  takeEarlyLoad(respondDataUrl("abc"));
});

describe("the respondent page's data asked for early", () => {
  it("asks at the address the contract gives, for every kind of token", () => {
    for (const token of ["abc", "lL5fFxRTH2uIJoB9BZc9Fg-dpK_yGJIoMzEc2boQjhM", "a b/c?d#e", "æøå%"]) {
      expect(respondDataUrl(token)).toBe(routePath(respondApi.open, { token }));
    }
  });

  it("asks only on a respondent link", () => {
    const fetchImpl = vi.fn(() => Promise.resolve(new Response("{}")));
    for (const path of ["/", "/sekretariat", "/svar", "/svar/a/b", "/national/x"]) startEarlyLoad(path, fetchImpl);
    expect(fetchImpl).not.toHaveBeenCalled();
    startEarlyLoad("/svar/abc", fetchImpl);
    expect(fetchImpl).toHaveBeenCalledWith("/api/respond/abc", expect.objectContaining({ method: "GET", cache: "no-store" }));
  });

  it("is taken once by the page's first load, which then does not ask again; the next load asks the server", async () => {
    startEarlyLoad("/svar/abc", () => Promise.resolve(Response.json(stateBody)));
    const fetched = vi.fn(() => Promise.resolve(Response.json({ campaign: { id: "fresh" } })));
    vi.stubGlobal("fetch", fetched);
    const api = new RespondApi("abc");
    expect(await api.load()).toEqual({ ok: true, value: stateBody });
    expect(fetched).not.toHaveBeenCalled();
    expect(await api.load()).toEqual({ ok: true, value: { campaign: { id: "fresh" } } });
    expect(fetched).toHaveBeenCalledTimes(1);
  });

  it("is not taken for another token, and a failed early request is the page's network problem", async () => {
    startEarlyLoad("/svar/abc", () => Promise.reject(new TypeError("offline")));
    expect(takeEarlyLoad(respondDataUrl("other"))).toBeUndefined();
    vi.stubGlobal("fetch", vi.fn(() => Promise.reject(new TypeError("still offline"))));
    expect(await new RespondApi("abc").load()).toEqual({ ok: false, failure: { kind: "network" } });
  });
});
