internal import CCmark

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Musl)
    internal import Musl
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// Small helpers over the C API shared by the types of this target; never public.
enum Cmark {
    /// Renders `node` and its descendants as HTML, freeing cmark's buffer before returning.
    static func html(of node: OpaquePointer, options: RenderOptions) -> String {
        guard let raw = cmark_render_html(node, options.rawValue) else { return "" }
        defer { free(raw) }
        return String(cString: raw)
    }

    /// Lends the HTML of `node` and its descendants to `body` as UTF-8 bytes, freeing cmark's buffer afterwards.
    static func withHTML<Result>(
        of node: OpaquePointer, options: RenderOptions, _ body: (UnsafeRawBufferPointer) throws -> Result
    ) rethrows -> Result {
        guard let raw = cmark_render_html(node, options.rawValue) else {
            return try body(UnsafeRawBufferPointer(start: nil, count: 0))
        }
        defer { free(raw) }
        return try body(UnsafeRawBufferPointer(start: raw, count: strlen(raw)))
    }

    /// Copies a C string owned by cmark into a Swift string; `nil` stays `nil`.
    static func string(_ pointer: UnsafePointer<CChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    /// Parses UTF-8 bytes into a new tree owned by the caller (free it with `cmark_node_free`).
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, options: ParseOptions) -> OpaquePointer {
        let root = bytes.withMemoryRebound(to: CChar.self) { chars -> OpaquePointer? in
            guard let base = chars.baseAddress else { return cmark_parse_document("", 0, options.rawValue) }
            return cmark_parse_document(base, chars.count, options.rawValue)
        }
        // cmark's default allocator aborts when memory runs out, so it never returns NULL.
        guard let root else { fatalError("cmark_parse_document returned NULL") }
        return root
    }
}
