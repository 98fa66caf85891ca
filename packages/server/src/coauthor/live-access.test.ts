import { describe, expect, it } from "vitest";
import type { SessionUser } from "../auth/current-user.js";
import { liveAccess } from "./live-access.js";

const user = (role: SessionUser["role"], regionCode: string | null): SessionUser => ({ id: "u", email: "u@example.dk", name: "U", role, regionCode }) as SessionUser;
const draft = { region_code: "1084", shared_json: JSON.stringify(["1082"]) };

describe("liveAccess", () => {
  it("lets whoever may open the draft edit it", () => {
    expect(liveAccess(user("admin", null), draft)).toBe("edit");
    expect(liveAccess(user("secretariat", "1084"), draft)).toBe("edit");
    expect(liveAccess(user("secretariat", "1082"), draft)).toBe("edit");
  });

  it("lets a reviewer of the draft's region, or one it is shared with, comment", () => {
    expect(liveAccess(user("reviewer", "1084"), draft)).toBe("comment");
    expect(liveAccess(user("reviewer", "1082"), draft)).toBe("comment");
  });

  it("gives others nothing", () => {
    expect(liveAccess(user("secretariat", "1081"), draft)).toBeNull();
    expect(liveAccess(user("reviewer", "1081"), draft)).toBeNull();
    expect(liveAccess(user("reviewer", null), draft)).toBeNull();
    expect(liveAccess(user("national", null), draft)).toBeNull();
  });
});
