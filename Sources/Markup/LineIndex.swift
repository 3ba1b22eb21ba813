/// Where each line of a text starts, to turn an offset into a line and a column.
package struct LineIndex: Sendable {
    private let starts: [Int]

    /// Indexes the lines of a text held as Unicode scalars.
    package init(_ scalars: [Unicode.Scalar]) {
        var starts = [0]
        for (offset, scalar) in scalars.enumerated() where scalar == "\n" { starts.append(offset + 1) }
        self.starts = starts
    }

    /// The 1-based line and column (in scalars) of an offset.
    package func position(of offset: Int) -> TextPosition {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return TextPosition(line: low + 1, column: offset - starts[low] + 1)
    }
}
