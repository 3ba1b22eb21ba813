extension HTMLTag {
    /// The URLs of a `srcset`: `a.png 1x, b.png 2x` (a URL may hold commas; descriptors may hold parentheses).
    package static func candidateURLs(_ srcset: String) -> [String] {
        var urls: [String] = []
        var rest = Substring(srcset)
        while true {
            rest = rest.drop { $0 == "," || $0.isWhitespace }
            guard !rest.isEmpty else { return urls }
            let url = rest.prefix { !$0.isWhitespace }
            rest = rest.dropFirst(url.count)
            let trimmed = url.reversed().drop { $0 == "," }.reversed()
            urls.append(String(trimmed))
            guard trimmed.count == url.count else { continue }
            var depth = 0
            while let character = rest.first, depth > 0 || character != "," {
                if character == "(" { depth += 1 }
                if character == ")" { depth = max(0, depth - 1) }
                rest = rest.dropFirst()
            }
        }
    }
}
