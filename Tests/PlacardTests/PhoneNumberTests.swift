import Testing

@testable import Placard

@Suite struct PhoneNumberTests {
    /// Text, the number as written and its E.164 form.
    static let positives: [(String, String, String)] = [
        ("Call them at 1-866-DHS-2-ICE.", "1-866-DHS-2-ICE", "+18663472423"),
        ("Resettlement: 202-401-9246", "202-401-9246", "+12024019246"),
        ("1-866-347-2423", "1-866-347-2423", "+18663472423"),
        ("Call (202) 401-9246 today", "(202) 401-9246", "+12024019246"),
        ("Call 202.401.9246 today", "202.401.9246", "+12024019246"),
        ("Call 202 401 9246 today", "202 401 9246", "+12024019246"),
        ("Call +1 202 401 9246 today", "+1 202 401 9246", "+12024019246"),
        ("Call +1-202-401-9246 today", "+1-202-401-9246", "+12024019246"),
        ("Call +1 (202) 401-9246 today", "+1 (202) 401-9246", "+12024019246"),
        ("Call 1 (202) 401-9246 today", "1 (202) 401-9246", "+12024019246"),
        ("Call 1.202.401.9246 today", "1.202.401.9246", "+12024019246"),
        ("Call 1 202 401 9246 today", "1 202 401 9246", "+12024019246"),
        ("Call +12024019246 today", "+12024019246", "+12024019246"),
        ("Call (202)401-9246 today", "(202)401-9246", "+12024019246"),
        ("Call (202)-401-9246 today", "(202)-401-9246", "+12024019246"),
        ("Call 1-800-FLOWERS today", "1-800-FLOWERS", "+18003569377"),
        ("Call +1-800-GO-FEDEX today", "+1-800-GO-FEDEX", "+18004633339"),
        ("Call 1-800-MY-APPLE today", "1-800-MY-APPLE", "+18006927753"),
        ("Call 1.800.FLOWERS today", "1.800.FLOWERS", "+18003569377"),
        ("Call +1 800 FLOWERS today", "+1 800 FLOWERS", "+18003569377"),
        ("Call 1-800-273-8255 today", "1-800-273-8255", "+18002738255"),
        ("Call 1-833-432-6345 today", "1-833-432-6345", "+18334326345"),
        ("Call 844-234-5678 today", "844-234-5678", "+18442345678"),
        ("Call 855-555-1234 today", "855-555-1234", "+18555551234"),
        ("Call 877-555-1234 today", "877-555-1234", "+18775551234"),
        ("Call 888-555-1234 today", "888-555-1234", "+18885551234"),
        ("(call 202-401-9246)", "202-401-9246", "+12024019246"),
        ("Call \"202-401-9246\" today", "202-401-9246", "+12024019246"),
        ("Call 202-401-9246, or write", "202-401-9246", "+12024019246"),
        ("Tel:202-401-9246", "202-401-9246", "+12024019246"),
        ("Call 202\u{2011}401\u{2011}9246 today", "202\u{2011}401\u{2011}9246", "+12024019246"),
        ("Call 202-401-9246 ext. 12", "202-401-9246", "+12024019246"),
        ("Call *202-401-9246* now", "202-401-9246", "+12024019246"),
        ("## Call 202-401-9246", "202-401-9246", "+12024019246"),
        ("- item: 202-401-9246", "202-401-9246", "+12024019246"),
        ("Call 212-555-0123; ask for Ann", "212-555-0123", "+12125550123"),
        ("London: +44 20 7946 0958", "+44 20 7946 0958", "+442079460958"),
        ("Paris: +33 1 23 45 67 89", "+33 1 23 45 67 89", "+33123456789"),
        ("Berlin: +49 30 901820", "+49 30 901820", "+4930901820"),
        ("Zürich: +41 (0)44 668 18 00", "+41 (0)44 668 18 00", "+41446681800"),
        ("Mexico: +52 55 5080 2000", "+52 55 5080 2000", "+525550802000"),
        ("Sydney: +61 2 9374 4000", "+61 2 9374 4000", "+61293744000"),
        ("Delhi: +91 98765 43210", "+91 98765 43210", "+919876543210"),
        ("Dublin: +353 1 234 5678", "+353 1 234 5678", "+35312345678"),
        ("London: +44-20-7946-0958", "+44-20-7946-0958", "+442079460958"),
        ("London: +442079460958", "+442079460958", "+442079460958"),
        ("Cape Town: +27 21 123 4567", "+27 21 123 4567", "+27211234567"),
        ("Moscow: +7 495 123-45-67", "+7 495 123-45-67", "+74951234567"),
    ]

    /// Text with digits that are not phone numbers.
    static let negatives: [String] = [
        "On 5/29 we wrote", "2018-05-29", "May 29, 2018", "in 2018 and 2019", "at 10:30",
        "from 10:30--11:45 a.m.", "ZIP 20001", "ZIP 20001-1234", "It cost $1,500", "It cost $202-401-9246",
        "19% of the minors", "nearly 1,500 children", "Tweet #1000927903759110144", "status 1000927903759110144?s=19",
        "v1.2.3", "version 10.15.7", "see example.org/202-401-9246", "SSN 123-45-6789", "ISBN 978-3-16-148410-0",
        "05-29-2018", "2018/05/29", "12/31/2018", "202-401-924", "202-401-92461", "2024019246",
        "123-456-7890", "023-456-7890", "202-123-4567", "202-911-4567", "911-202-4567",
        "192.168.1.1", "10.200.300.4000", "1-800-contacts", "800-FLOWERS", "1-800-CONTACTS",
        "THE 400-YEAR-OLD TREE", "x202-401-9246", "202-401-9246-1", "202-401-9246%", "up +3.5%",
        "+20 points", "+1,500", "+2018-05-29", "ISO 8601", "COVID-19",
        "3.14159", "call 401-9246", "(202) 401-924", "202-401-9246.5", "$202.40",
        "0800 123 4567", "`202-401-9246`", "    202-401-9246", "[here](https://example.org/202-401-9246)",
        "[202-401-9246](https://example.org/)", "https://twitter.com/jduffyrice/status/1000927903759110144?s=19",
        "https://example.org/call/202-401-9246", "+44 (0)", "phone=202-401-9246", "202-401-9246/7",
        "+00 20 7946 0958", "+999 1234 5678", "1-2-3", "the 1990s", "555-1212",
    ]

    @Test(arguments: positives)
    func linksANumberWithItsE164Form(text: String, written: String, e164: String) {
        let html = renderPost(text)
        #expect(html.contains("<a class=\"tel\" href=\"tel:\(e164)\">\(written)"), "\(html)")
        #expect(html.occurrences(of: "href=\"tel:") == 1, "\(html)")
    }

    @Test(arguments: negatives)
    func leavesOtherDigitsAlone(text: String) {
        let html = renderPost(text)
        #expect(!html.contains("tel:"), "\(html)")
    }

    @Test func tablesAreLargeEnough() {
        #expect(Self.positives.count >= 40)
        #expect(Self.negatives.count >= 40)
    }

    @Test func showsTheDigitsOfAVanityNumberAndMarksTollFreeNumbers() {
        let html = renderPost("Call them at 1-866-DHS-2-ICE.")
        #expect(
            html.contains(
                "<a class=\"tel\" href=\"tel:+18663472423\">1-866-DHS-2-ICE</a> <span class=\"tel-digits\">"
                    + "(1-866-347-2423)</span> <small class=\"tel-note\">(toll-free, US only)</small>."))
        let plain = renderPost("Resettlement: 202-401-9246")
        #expect(plain.contains("<a class=\"tel\" href=\"tel:+12024019246\">202-401-9246</a></p>"))
        #expect(!plain.contains("tel-note"))
        #expect(!plain.contains("tel-digits"))
    }

    @Test func showsTheDigitsWithTheCountryCodeAsWritten() {
        #expect(renderPost("+1-800-FLOWERS").contains("(+1-800-356-9377)"))
        #expect(renderPost("1-800-FLOWERS").contains("(1-800-356-9377)"))
    }

    @Test func showsTheSitesNumberForCallersAbroadForAnyWayOfWritingTheNumber() {
        let renderer = MarkdownRenderer(allowRawHTML: false, phoneAlternates: ["1-866-DHS-2-ICE": "+1 802 872 6199"])
        let note =
            "<small class=\"tel-note\">(toll-free, US only; from abroad: "
            + "<a class=\"tel\" href=\"tel:+18028726199\">+1 802 872 6199</a>)</small>"
        #expect(renderPost("Call 1-866-DHS-2-ICE.", renderer).contains(note))
        #expect(renderComment("1-866-347-2423", renderer).contains(note))
        #expect(!renderPost("Call 1-800-273-8255.", renderer).contains("from abroad"))
    }

    @Test func showsAnAlternateThatIsNotANumberAsText() {
        let renderer = MarkdownRenderer(allowRawHTML: false, phoneAlternates: ["202-401-9246": "ask the front desk"])
        let html = renderPost("Call 202-401-9246.", renderer)
        #expect(html.contains("<small class=\"tel-note\">(from abroad: ask the front desk)</small>"))
    }

    @Test func linksNumbersInComments() {
        #expect(renderComment("Resettlement: 202-401-9246").contains("href=\"tel:+12024019246\""))
    }

    @Test func readsNumbersWithoutACountryCodeOnlyInNANPRegions() {
        let british = MarkdownRenderer(allowRawHTML: false, phoneRegion: "GB")
        #expect(!renderPost("Call 202-401-9246 or 1-866-DHS-2-ICE.", british).contains("tel:"))
        #expect(renderPost("Call +44 20 7946 0958.", british).contains("href=\"tel:+442079460958\""))
        #expect(renderPost("Call +1 202 401 9246.", british).contains("href=\"tel:+12024019246\""))
        let canadian = MarkdownRenderer(allowRawHTML: false, phoneRegion: "CA")
        #expect(renderPost("Call 416-555-0199.", canadian).contains("href=\"tel:+14165550199\""))
    }

    @Test func scannerReportsWhereEachNumberIs() {
        let scanner = PhoneScanner(region: "US")
        let text = Array("Call 202-401-9246 or +44 20 7946 0958 (UK).".unicodeScalars)
        let found = scanner.matches(in: text)
        #expect(found.map { text.string($0.range) } == ["202-401-9246", "+44 20 7946 0958"])
        #expect(found.map(\.number.isTollFree) == [false, false])
        #expect(scanner.number(" 1-866-DHS-2-ICE ")?.dialableDigits == "1-866-347-2423")
        #expect(scanner.number("202-401-9246 x") == nil)
    }
}
