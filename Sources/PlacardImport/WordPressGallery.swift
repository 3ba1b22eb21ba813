import Foundation
import Markup
import Placard

/// WordPress's `[gallery]` shortcode, which only WordPress could render, as the HTML of a block gallery: a figure of
/// the gallery's images, each linked as the shortcode says (to its attachment page by default, which the import then
/// turns into a link to the file; `link="file"`; `link="none"`). The images are the `ids` given, in their order, or
/// else the post's attached images by id; an image whose file address is not `http` or `https` is left out.
enum WordPressGallery {
    /// The HTML with every `[gallery …]` of the post with id `postID` replaced.
    static func expand(_ html: String, postID: String, attachments: [String: WordPressAttachment]) -> String {
        guard html.contains("[gallery") else { return html }
        var result = ""
        var rest = Substring(html)
        while let open = rest.range(of: "[gallery"), let close = rest[open.upperBound...].firstIndex(of: "]") {
            let attributes = Self.attributes(rest[open.upperBound..<close])
            guard rest[open.upperBound...].first.map({ $0 == "]" || $0 == " " }) ?? false else {
                result += rest[..<open.upperBound]
                rest = rest[open.upperBound...]
                continue
            }
            result += rest[..<open.lowerBound]
            // A block of its own, as WordPress renders shortcodes after making paragraphs.
            result +=
                "\n\n" + figure(images(attributes, postID: postID, attachments), link: attributes["link"] ?? "")
                + "\n\n"
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    private static func images(
        _ attributes: [String: String], postID: String, _ attachments: [String: WordPressAttachment]
    ) -> [WordPressAttachment] {
        let ids = (attributes["ids"] ?? attributes["include"] ?? "").split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        let excluded = Set(
            (attributes["exclude"] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        let chosen =
            ids.isEmpty
            ? attachments.values.filter { $0.parent == postID }.sorted(by: WordPressAttachment.inIDOrder)
            : ids.compactMap { attachments[$0] }
        return chosen.filter { attachment in
            let path = attachment.file.isEmpty ? attachment.url : attachment.file
            let kind = MediaFile.Kind(fileName: path.split(separator: "/").last ?? "")
            return !excluded.contains(attachment.id) && kind == .image && URLScheme.isWeb(attachment.url)
        }
    }

    private static func figure(_ images: [WordPressAttachment], link: String) -> String {
        guard !images.isEmpty else { return "" }
        let items = images.map { image -> String in
            let img = "<img src=\"\(HTML.escapeAttribute(image.url))\" alt=\"\(HTML.escapeAttribute(image.title))\">"
            let target =
                link == "file" ? image.url : link == "none" ? nil : (image.link.isEmpty ? image.url : image.link)
            let linked = target.map { "<a href=\"\(HTML.escapeAttribute($0))\">\(img)</a>" } ?? img
            return "<figure class=\"wp-block-image\">\(linked)</figure>"
        }
        return "<figure class=\"wp-block-gallery\">\n" + items.joined(separator: "\n") + "\n</figure>"
    }

    /// `ids="1,2" link=file columns='3'` as a dictionary, names lower-cased.
    static func attributes(_ text: Substring) -> [String: String] {
        var result: [String: String] = [:]
        let pattern = #"([A-Za-z_]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s\]]+))"#
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return result }
        let string = String(text)
        for match in expression.matches(in: string, range: NSRange(string.startIndex..., in: string)) {
            guard let name = Range(match.range(at: 1), in: string) else { continue }
            let value = (2...4).lazy.compactMap { Range(match.range(at: $0), in: string) }.first.map {
                String(string[$0])
            }
            result[string[name].lowercased()] = value ?? ""
        }
        return result
    }
}
