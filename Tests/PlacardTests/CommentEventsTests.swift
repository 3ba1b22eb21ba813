import Foundation
import Testing

@testable import Placard

/// The event reader takes the common `comments.yml` and must read it exactly as the Yams reader does; every file it
/// is unsure of goes to the Yams reader, which reports the problems.
@Suite struct CommentEventsTests {
    static let loader = CommentLoader(dates: DateParser(timeZone: TimeZone(identifier: "America/New_York")!))

    /// Every field of every comment, as text, for comparing the two readers.
    static func describe(_ comments: [Placard.Comment]) -> [String] {
        comments.map { comment in
            [
                comment.id, comment.parent ?? "-", comment.author ?? "-", comment.authorURL ?? "-",
                comment.date.map { "\($0.timeIntervalSince1970)" } ?? "-", comment.role?.rawValue ?? "-",
                comment.status.rawValue, comment.kind.rawValue, comment.body, comment.location.description,
                comment.parentLocation?.description ?? "-",
            ].joined(separator: "|")
        }
    }

    static let common = """
        # Imported from WordPress.
        - id: 1
          author: "Ann O'Neil"
          author_url: https://example.org/ann
          date: 2018-05-29T14:03:00Z
          body: |
            Called my representative.

            Line two: with *emphasis* and a [link](https://example.org/).
        - id: '2'
          parent: 1
          author: Bob
          date: 2018-05-30 09:15
          role: author
          body: >
            Folded
            text.
        - {id: 3, parent: "2", status: removed}
        - id: 4
          type: pingback
          author: ~
          author_url:
          date: 2018-06-01
          body: "Quoted \\u00e9 body with \\"escapes\\"\\n"
        - id: 5
          parent: null
          status: approved
          body: Plain body
            continued.
        """

    @Test func readsTheCommonFileAsTheYamsReaderDoes() throws {
        let file = SourceFile(path: "content/posts/a/comments.yml", text: Self.common)
        let fast = try #require(CommentEvents(dates: Self.loader.dates).read(file))
        let (slow, diagnostics) = Self.loader.loadComposed(file)
        #expect(diagnostics.isEmpty)
        #expect(fast.count == 5)
        #expect(Self.describe(fast) == Self.describe(slow))
        #expect(fast[1].location.description == "content/posts/a/comments.yml:10:7")
        #expect(fast[1].parentLocation?.description == "content/posts/a/comments.yml:11:11")
        #expect(fast[3].author == nil && fast[3].authorURL == nil && fast[3].kind == .pingback)
    }

    @Test(arguments: [
        "- id: 1\n  body: a\n  colour: red\n",  // unknown key: a warning
        "- id: 1\n  body: a\n  body: b\n",  // repeated key
        "- id: 1\n  body: &x a\n- id: 2\n  body: *x\n",  // anchor and alias
        "- id: !!str 1\n  body: a\n",  // tag
        "- id: 1\n  body: [a, b]\n",  // a list as a value
        "- author: Ann\n  body: a\n",  // no id
        "- id: ''\n  body: a\n",  // empty id
        "- id: 1\n  author: Ann\n",  // no body
        "- id: 1\n  body: a\n  date: 2018-02-30\n",  // impossible date
        "- id: 1\n  body: a\n  status: spam\n",  // unknown status
        "- id: 1\n  body: a\n  role: admin\n",  // unknown role
        "- id: 1\n  body: a\n---\n- id: 2\n  body: b\n",  // two documents
        "- id: 1\n  body: a\n - id: 2\n",  // bad indentation
        "id: 1\nbody: a\n",  // a mapping, not a list
        "- just text\n",  // an item that is not a mapping
        "",  // empty
        "# only a comment\n",
    ])
    func leavesEveryOtherFileToTheYamsReader(text: String) {
        let file = SourceFile(path: "content/posts/a/comments.yml", text: text)
        #expect(CommentEvents(dates: Self.loader.dates).read(file) == nil)
        let (comments, diagnostics) = Self.loader.load(file)
        let (composed, composedDiagnostics) = Self.loader.loadComposed(file)
        #expect(Self.describe(comments) == Self.describe(composed))
        #expect(diagnostics == composedDiagnostics)
    }

    /// The example site's and the generated corpus's comments take the event reader, with the same result.
    @Test func readsRealCommentFilesAsTheYamsReaderDoes() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let posts = root.appendingPathComponent("content/posts")
        var read = 0
        for folder in try FileManager.default.contentsOfDirectory(atPath: posts.path) {
            let path = posts.appendingPathComponent(folder).appendingPathComponent("comments.yml").path
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            let file = SourceFile(path: path, text: String(decoding: data, as: UTF8.self))
            let fast = try #require(CommentEvents(dates: Self.loader.dates).read(file), "\(path)")
            #expect(Self.describe(fast) == Self.describe(Self.loader.loadComposed(file).0))
            read += 1
        }
        #expect(read > 0)
    }
}
