// A trusted host vouches for its page, not for what is written after it: an e-mail address in the
// path, query or fragment of a link to a public page or an allowed site, or a phone number as a
// file name on the platform's own hosts (its media and help pages), is a contact detail, and the
// whole link is hidden. Product, article and video ids, and the UUIDs storage names uploads by, are not.
import { describe, expect, it } from "vitest";
import { detectContactDetails } from "../../src/domain/contacts/contact-detector.ts";
import { APPLICATION, hiddenIn } from "./detector-helpers.ts";

const detect = (text: string) => detectContactDetails(text, APPLICATION);

describe("a contact detail inside a trusted link", () => {
  it.each([
    ["an e-mail as a parts site's path", "Torque converter info at https://www.rockauto.com/ben.okafor@gmail.com", "ben.okafor@gmail.com", "EMAIL"],
    ["an e-mail in a video link's query", "watch this https://www.youtube.com/watch?v=abc&email=carmen.r@gmail.com", "carmen.r@gmail.com", "EMAIL"],
    ["an e-mail after a public body's page", "Spec sheet: https://www.nhtsa.gov/recalls/carmen.r@example.test", "carmen.r@example.test", "EMAIL"],
    ["an e-mail percent-encoded", "the warranty terms https://www.autozone.com/warranty/okoye.garage%40example.test", "okoye.garage%40example.test", "EMAIL"],
    ["a phone glued to a file name on the media host", "here is the photo https://media.autodoctor.app/IMG5035550142.jpg", "5035550142", "PHONE"],
    ["a grouped phone as a file name", "the video https://media.autodoctor.app/u/1/503-555-0142.mp4", "503-555-0142", "PHONE"],
    ["a phone as a help page's path", "read this https://help.autodoctor.app/articles/9715550142", "9715550142", "PHONE"],
    ["a phone grouped by underscores", "the photo https://media.autodoctor.app/u/512_555_0143.jpg", "512_555_0143", "PHONE"],
    ["a phone spread over folders", "the photo https://media.autodoctor.app/u/512/555/0143.jpg", "512/555/0143", "PHONE"],
    ["an e-mail encoded twice", "see https://www.rockauto.com/?m=carmenr%2540gmail.com", "carmenr%2540gmail.com", "EMAIL"],
  ])("%s: %j is flagged and hidden", (_case, text, secret, kind) => {
    const detection = detect(text);
    expect(detection.kinds).toContain(kind);
    expect(hiddenIn(text, secret, detection)).toBe(true);
  });

  it.each([
    ["a parts page with a part number", "this one https://www.rockauto.com/en/parts/bosch,0280158117,fuel+injector"],
    ["a video", "watch https://www.youtube.com/watch?v=dQw4w9WgXcQ"],
    ["a book by its ISBN", "the manual is https://www.amazon.com/dp/1491950293"],
    ["an upload named by a UUID", "here is the photo https://media.autodoctor.app/u/12345678-1234-4a3d-9a56-2d9e0c1b7a11.jpg"],
    ["a camera's file name", "here is the photo https://media.autodoctor.app/u/17/IMG_20241130_142355.jpg"],
    ["a time stamp and its counter", "here is the photo https://media.autodoctor.app/u/17/1763799163_5.jpg"],
  ])("%s: %j stays readable", (_case, text) => {
    expect(detect(text).kinds).toEqual([]);
  });
});
