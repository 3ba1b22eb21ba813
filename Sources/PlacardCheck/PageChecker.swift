import Markup
import Placard

/// Checks one file of the built site on its own: what an HTML page or a stylesheet loads, a page's scripts and its
/// Content-Security-Policy; collects a page's ids and its references to other files of the site for `LinkChecker`.
struct PageChecker: Sendable {
    /// Resolves URLs against the site's `base_url`.
    let resolver: URLResolver

    /// Checks an HTML page.
    /// - Parameters:
    ///   - file: the page's text, with the path diagnostics show (`public/posts/a/index.html`).
    ///   - path: its path below the output folder (`posts/a/index.html`).
    func check(page file: SourceFile, at path: String) -> CheckedFile {
        var checked = CheckedFile(file: file, path: path)
        var policy = PolicyTracker()
        for token in HTMLScanner.tokens(in: file.text) {
            switch token {
            case .start(let tag):
                inspect(tag, &checked)
                policy.see(tag)
            case .end(let name, _):
                if name == "head" { policy.inHead = false }
            case .rawText(let element, let text, let position) where element == "style":
                checkCSS(text, from: position, context: " in <style>", &checked)
            case .rawText:
                break
            }
        }
        policy.report(&checked)
        return checked
    }

    /// Checks a stylesheet of the output.
    func check(stylesheet file: SourceFile, at path: String) -> CheckedFile {
        var checked = CheckedFile(file: file, path: path)
        checkCSS(file.text, from: TextPosition(line: 1, column: 1), context: "", &checked)
        return checked
    }

    func inspect(_ tag: HTMLTag, _ checked: inout CheckedFile) {
        if let id = tag.value("id"), !id.isEmpty { checked.ids.insert(id) }
        if tag.name == "a", let name = tag.value("name"), !name.isEmpty { checked.ids.insert(name) }
        var reported = false
        let references = tag.references
        var start = references.startIndex
        while start < references.endIndex {
            let name = references[start].attribute.name
            let end = references[start...].firstIndex { $0.attribute.name != name } ?? references.endIndex
            reported = check(references[start..<end], of: tag, &checked) || reported
            start = end
        }
        if let style = tag.attribute("style") {
            checkCSS(style.value, from: nil, at: style.position, context: " in <\(tag.name) style>", &checked)
        }
        if tag.isExecutableScript, !reported {
            checked.error(
                "<script> is a script, which the Content-Security-Policy blocks; pages run no scripts",
                at: tag.position)
        }
        for handler in tag.attributes where handler.name.hasPrefix("on") && handler.name.count > 2 {
            checked.error(
                "\(tag.display(handler)) is a script, which the Content-Security-Policy blocks; pages run no scripts",
                at: handler.position)
        }
    }

    /// Checks the URLs of CSS: a stylesheet, a `<style>` element starting at `origin`, or a `style` attribute
    /// (no `origin`: every URL is reported at the attribute's position `at`).
    func checkCSS(
        _ text: String,
        from origin: TextPosition?,
        at attribute: TextPosition? = nil,
        context: String,
        _ checked: inout CheckedFile
    ) {
        for reference in CSSScanner.references(in: text) {
            var position = attribute ?? reference.position
            if let origin {
                position.line += origin.line - 1
                if reference.position.line == 1 { position.column += origin.column - 1 }
            }
            _ = check(reference.url, .resource, reference.display + context, at: position, &checked)
        }
    }
}
