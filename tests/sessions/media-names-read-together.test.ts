// Each media link was judged alone, so a phone number spread over the file names of one list
// ("engine-503.jpg", "engine-555.jpg", "engine-0162.jpg") passed, while one name holding all of it
// ("IMG_503_555_0162.jpg") is refused, and mechanics read the list in openSessionRequests before
// they commit. A list's file names are now read together, in order (authz/content-enforce.ts,
// mediaListProblem): the link completing the number is refused (BAD_USER_INPUT, CONTACT_DETAILS at its index, never
// the value) and no session is written. The names cameras and storage services give uploads,
// which are ids, dates, times and counters, still pass together.
import { describe, expect, it } from "vitest";
import { createCustomer, createVehicle } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const REQUEST = `mutation ($input: RequestSessionInput!) { requestSession(input: $input) { id mediaUrls } }`;
const media = (...paths: string[]) => paths.map((path) => `https://media.autodoctor.app/${path}`);

describe("a phone number spread over the file names of a session's media", () => {
  it.each([
    { name: "area code, exchange and line in three names", urls: media("a/engine-503.jpg", "a/engine-555.jpg", "a/engine-0162.jpg"), refused: 2 },
    { name: "digits opening the names", urls: media("a/503-engine.jpg", "a/555-engine.jpg", "a/0162-engine.jpg", "a/IMG_1234.jpg"), refused: 2 },
    { name: "area code and exchange in one name, the line in the next", urls: media("a/IMG_1234.jpg", "a/front-503-555.jpg", "a/rear-0162.jpg"), refused: 2 },
    { name: "cut inside the area code", urls: media("a/engine-50.jpg", "a/engine-3555.jpg", "a/engine-0162.jpg"), refused: 2 },
    { name: "cut inside the exchange", urls: media("a/engine-5035.jpg", "a/engine-550162.jpg"), refused: 1 },
    { name: "area code and exchange run together, the line in the next", urls: media("a/noise-503555.jpg", "a/noise-0162.jpg"), refused: 1 },
    { name: "the line cut in two, four names", urls: media("a/IMG_503.jpg", "a/IMG_555.jpg", "a/IMG_01.jpg", "a/IMG_62.jpg"), refused: 3 },
    { name: "the area code in words", urls: media("a/engine-five-oh-three.jpg", "a/engine-555.jpg", "a/engine-0162.jpg"), refused: 2 },
  ])("refuses the link completing it and writes no session: $name", async ({ urls, refused }) => {
    const customer = await createCustomer(app);
    const vehicle = await createVehicle(app, customer.id);
    // Each alone passes.
    for (const url of urls) {
      expect((await app.gql(REQUEST, { input: { vehicleId: vehicle.id, concern: "Grinding brakes", mediaUrls: [url] } }, customer.token)).errors, url).toBeUndefined();
    }
    const before = await app.prisma.diagnosticSession.count({ where: { customerId: customer.id } });
    const response = await app.gql(REQUEST, { input: { vehicleId: vehicle.id, concern: "Grinding brakes", mediaUrls: urls } }, customer.token);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field: `input.mediaUrls[${refused}]` });
    expect(response.body).not.toMatch(/503|0162/);
    expect(await app.prisma.diagnosticSession.count({ where: { customerId: customer.id } })).toBe(before);
  });
});

describe("the names cameras and storage give uploads, read together", () => {
  it.each([
    {
      name: "dates and times, a time then a counter, UUIDs",
      urls: media(
        "u/14/IMG_20240512_143055.jpg",
        "u/14/IMG_20240512_143102.jpg",
        "u/14/IMG_20240512_212530.jpg",
        "u/14/IMG_1234.jpg",
        "u/14/PXL_20241130_142355123.mp4",
        "u/14/59755858-1a52-4d6d-a595-7c8ba8eacb7c.jpg",
        "u/14/IMG-20240512-WA0001.jpg",
        "u/14/Screenshot 2024-11-30 at 14.23.55.png",
        "u/14/DSC_0503.JPG",
        "u/14/DSC_0555.JPG",
      ),
    },
    {
      name: "counters in a row and ids mixing letters and digits",
      urls: media(
        "u/14/DSC01234.JPG",
        "u/14/DSC01235.JPG",
        "u/14/IMG_2345.HEIC",
        "u/14/IMG_2346.HEIC",
        "u/14/image (1).png",
        "u/14/image (2).png",
        "u/14/image (3).png",
        "u/14/photo_7568f1480d78.jpg",
        "u/14/GX019610.MP4",
        "u/14/GX019611.MP4",
      ),
    },
  ])("are accepted: $name", async ({ urls }) => {
    const customer = await createCustomer(app);
    const vehicle = await createVehicle(app, customer.id);
    const response = await app.gql(REQUEST, { input: { vehicleId: vehicle.id, concern: "Grinding brakes", mediaUrls: urls } }, customer.token);
    expect(response.errors).toBeUndefined();
    expect(response.data).toMatchObject({ requestSession: { mediaUrls: urls } });
  });
});
