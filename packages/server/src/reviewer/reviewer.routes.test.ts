import { afterEach, describe, expect, it } from "vitest";
import { createCampaignBody, expectStatus, startCampaignWorld, type CampaignWorld } from "../campaign/campaign-test-kit.js";
import { dialects } from "../test-support/dialects.js";

// Issue 13, item 9: the secretariat sets up a campaign's reference group in the workspace – adds its region's
// reviewers, invites new ones by e-mail, removes them – and sees each one's organisation and whether they signed up.

describe.each(dialects)("a campaign's reference group on %s", (dialect) => {
  let world: CampaignWorld | undefined;
  afterEach(async () => {
    await world?.app.close();
    world = undefined;
  });

  it("offers the region's reviewers and those without a region, invites a new one by e-mail and shows organisation and status", async () => {
    world = await startCampaignWorld(dialect, { status: "draft" });
    const { app, secretariat, campaignId } = world;
    const admin = await app.login({ role: "admin" });
    const own = await app.createUser({ role: "reviewer", regionCode: "1084", name: "Ole Egen" });
    const noRegion = await app.createUser({ role: "reviewer", regionCode: null, name: "Nina Uden" });
    await app.createUser({ role: "reviewer", regionCode: "1081", name: "Anden Region" });
    const disabled = await app.createUser({ role: "reviewer", regionCode: "1084", name: "Deaktiveret" });
    expectStatus(await admin.patch(`/api/users/${disabled.id}`, { disabled: true }), 200);
    expectStatus(await admin.patch(`/api/users/${own.id}`, { organisation: "Gladsaxe Kommune" }), 200);

    const candidates = await secretariat.get(`/api/campaigns/${campaignId}/reviewer-candidates`);
    expect(candidates.status).toBe(200);
    expect(candidates.body.candidates.map((c: { name: string }) => c.name)).toEqual(["Nina Uden", "Ole Egen"]);
    expect(candidates.body.candidates[1]).toMatchObject({ userId: own.id, organisation: "Gladsaxe Kommune", regionCode: "1084", status: "active" });

    expectStatus(await secretariat.post(`/api/campaigns/${campaignId}/reviewers`, { userId: own.id }), 201);
    const invited = await secretariat.post(`/api/campaigns/${campaignId}/reviewers/invitations`, {
      email: "Mette@Gentofte.dk",
      name: "Mette Holm",
      organisation: "Gentofte Kommune",
    });
    expect(invited.status).toBe(201);
    expect(invited.body.reviewer).toMatchObject({ email: "mette@gentofte.dk", name: "Mette Holm", organisation: "Gentofte Kommune", status: "invited" });
    expect(invited.body.invitation.url).toMatch(/\/adgangskode\/[A-Za-z0-9_-]{43}$/);
    const mette = await app.db.selectFrom("users").selectAll().where("email", "=", "mette@gentofte.dk").executeTakeFirstOrThrow();
    expect(mette).toMatchObject({ role: "reviewer", region_code: "1084", password_hash: "", organisation: "Gentofte Kommune" });

    // an e-mail that is already a reviewer's just adds that reviewer: no second account, no invitation
    const again = await secretariat.post(`/api/campaigns/${campaignId}/reviewers/invitations`, { email: "mette@gentofte.dk", name: "Mette H." });
    expect(again.status).toBe(200);
    expect(again.body.invitation).toBeNull();
    const byExisting = await secretariat.post(`/api/campaigns/${campaignId}/reviewers/invitations`, { email: noRegion.email, name: "Nina" });
    expect(byExisting.status).toBe(200);
    expect(byExisting.body.reviewer).toMatchObject({ userId: noRegion.id, name: "Nina Uden", status: "active" });
    expect(await app.db.selectFrom("user_invitations").select("id").execute()).toHaveLength(1);

    const listed = await secretariat.get(`/api/campaigns/${campaignId}/reviewers`);
    // added at the same moment (the test's clock stands still), so listed by e-mail; compared by name here
    const rows = listed.body.reviewers.map((r: { name: string; organisation: string | null; status: string }) => [r.name, r.organisation, r.status]);
    expect(rows.sort()).toEqual([
      ["Mette Holm", "Gentofte Kommune", "invited"],
      ["Nina Uden", null, "active"],
      ["Ole Egen", "Gladsaxe Kommune", "active"],
    ]);
    expect(listed.text).not.toContain("password");
    expect((await secretariat.get(`/api/campaigns/${campaignId}/reviewer-candidates`)).body.candidates).toEqual([]);

    // the invited reviewer chooses a password and sees the campaign
    const token = (invited.body.invitation.url as string).split("/adgangskode/")[1]!;
    const reviewer = app.client();
    expectStatus(await reviewer.post(`/api/user-invitations/${token}`, { password: "en lang og god adgangskode" }), 200);
    expect((await reviewer.get("/api/campaigns")).body.campaigns.map((c: { id: string }) => c.id)).toEqual([campaignId]);
    const after = (await secretariat.get(`/api/campaigns/${campaignId}/reviewers`)).body.reviewers;
    expect(after.find((r: { userId: string }) => r.userId === mette.id).status).toBe("active");

    expectStatus(await secretariat.delete(`/api/campaigns/${campaignId}/reviewers/${mette.id}`), 204);
    expect((await reviewer.get(`/api/campaigns/${campaignId}`)).status).toBe(404);
    const audit = await app.db.selectFrom("audit_log").select(["action", "actor"]).where("subject_id", "=", mette.id).orderBy("id").execute();
    expect(audit.map((a) => a.action)).toEqual(["user.created", "user.invited", "campaign.reviewer_added", "user.password_set", "auth.login", "campaign.reviewer_removed"]);
  });

  it("refuses bad invitations and anyone but the campaign's own secretariat or an admin, changing nothing", async () => {
    world = await startCampaignWorld(dialect, { status: "draft" });
    const { app, secretariat, campaignId } = world;
    const admin = await app.login({ role: "admin" });
    const otherRegion = await app.login({ role: "secretariat", regionCode: "1083" });
    const otherCampaign = await otherRegion.post("/api/campaigns", createCampaignBody);
    expectStatus(otherCampaign, 201);
    const reviewerUser = await app.createUser({ role: "reviewer", regionCode: "1084" });
    expectStatus(await secretariat.post(`/api/campaigns/${campaignId}/reviewers`, { userId: reviewerUser.id }), 201);
    const reviewer = app.client();
    expectStatus(await reviewer.post("/api/auth/login", { email: reviewerUser.email, password: reviewerUser.password }), 200);
    const national = await app.login({ role: "national" });
    const colleague = await app.createUser({ role: "secretariat", regionCode: "1084", email: "kollega@region.dk" });
    const elsewhere = await app.createUser({ role: "reviewer", regionCode: "1081", email: "anmelder@rn.dk" });
    const users = async () => app.db.selectFrom("users").selectAll().orderBy("id").execute();
    const before = { users: await users(), reviewers: await app.db.selectFrom("campaign_reviewers").selectAll().orderBy("user_id").execute() };

    const body = { email: "ny@kommune.dk", name: "Ny", organisation: "Herlev Kommune" };
    const cases: [string, ReturnType<typeof app.client>, string, unknown, number, string, string | undefined][] = [
      ["bad e-mail", secretariat, campaignId, { ...body, email: "ny" }, 400, "validation_failed", "email"],
      ["no name", secretariat, campaignId, { ...body, name: "" }, 400, "validation_failed", "name"],
      ["a role smuggled in", secretariat, campaignId, { ...body, role: "admin" }, 400, "validation_failed", "role"],
      ["a region smuggled in", secretariat, campaignId, { ...body, regionCode: "1081" }, 400, "validation_failed", "regionCode"],
      ["a secretariat's e-mail", secretariat, campaignId, { ...body, email: colleague.email }, 409, "already_exists", "email"],
      ["another region's reviewer", secretariat, campaignId, { ...body, email: elsewhere.email }, 409, "already_exists", "email"],
      ["another region's campaign", secretariat, otherCampaign.body.campaign.id, body, 404, "not_found", undefined],
      ["another region's secretariat", otherRegion, campaignId, body, 404, "not_found", undefined],
      ["a reviewer", reviewer, campaignId, body, 403, "forbidden", undefined],
      ["the national board", national, campaignId, body, 403, "forbidden", undefined],
    ];
    for (const [what, client, id, input, status, code, field] of cases) {
      const res = await client.post(`/api/campaigns/${id}/reviewers/invitations`, input);
      expect(res.status, what).toBe(status);
      expect(res.body.error.code, what).toBe(code);
      expect(res.body.error.field, what).toBe(field);
    }
    for (const [client, status] of [
      [otherRegion, 404],
      [reviewer, 403],
      [national, 403],
    ] as const) {
      expect((await client.get(`/api/campaigns/${campaignId}/reviewer-candidates`)).status).toBe(status);
      expect((await client.delete(`/api/campaigns/${campaignId}/reviewers/${reviewerUser.id}`)).status).toBe(status);
    }
    expect((await secretariat.get(`/api/campaigns/${otherCampaign.body.campaign.id}/reviewer-candidates`)).status).toBe(404);
    expect({ users: await users(), reviewers: await app.db.selectFrom("campaign_reviewers").selectAll().orderBy("user_id").execute() }).toEqual(before);

    // an admin may set up any region's reference group; the reviewer gets the campaign's region
    const byAdmin = await admin.post(`/api/campaigns/${otherCampaign.body.campaign.id}/reviewers/invitations`, body);
    expect(byAdmin.status).toBe(201);
    expect((await app.db.selectFrom("users").select("region_code").where("email", "=", "ny@kommune.dk").executeTakeFirstOrThrow()).region_code).toBe("1083");
  });
});
