import Foundation
import Testing

/// The targets, and the stage folders of `Placard`, in the order data flows: each may use only what comes before it.
/// A test fails on an arrow that runs backwards (the loader using the renderer, the dev server importing the cmark
/// wrapper…), naming the file, so that `Sources/` can be read top to bottom.
@Suite struct DependencyDirectionTests {
    /// Each target and the targets of this package it may import.
    static let targets: [String: Set<String>] = [
        "Markup": [],
        "CCmark": [],
        "CCurl": [],
        "CLibYAML": [],
        "YAMLEvents": ["CLibYAML"],
        "CommonMark": ["CCmark"],
        "Templates": [],
        "Placard": ["Markup", "CommonMark", "Templates", "YAMLEvents"],
        "PlacardCheck": ["Placard", "Markup"],
        "PlacardImport": ["Placard", "Markup", "CCurl"],
        "PlacardServer": ["Placard", "Markup"],
        "PlacardStarter": ["Placard"],
        "PlacardCommands": ["Placard", "PlacardCheck", "PlacardImport", "PlacardServer", "PlacardStarter"],
        "PlacardCLI": ["PlacardCommands"],
    ]

    /// `Sources/Placard`'s folders, in the order a build goes through them; a folder may use the types of the folders
    /// before it, never those after it.
    static let stages = [
        "Diagnostics", "Support", "Model", "Load", "Parse", "Assemble", "Render", "Write", "Build",
        "Scaffold",
    ]

    static let sources = TestSite.repository + "/Sources"

    /// Every Swift file below a folder, with its text.
    static func swiftFiles(below folder: String) throws -> [(path: String, text: String)] {
        let names = try #require(FileManager.default.subpathsOfDirectory(atPath: folder) as [String]?)
        return try names.filter { $0.hasSuffix(".swift") }.sorted().map { name in
            (name, try String(contentsOfFile: folder + "/" + name, encoding: .utf8))
        }
    }

    @Test func targetsImportOnlyTheTargetsBeforeThem() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.sources)
        #expect(Set(folders) == Set(Self.targets.keys), "a new target needs its place in the list above")
        var backwards: [String] = []
        for (target, allowed) in Self.targets {
            for (path, text) in try Self.swiftFiles(below: Self.sources + "/" + target) {
                for line in text.split(separator: "\n") {
                    let words = line.split(separator: " ")
                    guard let index = words.firstIndex(of: "import"), index + 1 < words.count,
                        words[..<index].allSatisfy({ ["public", "package", "internal", "@testable"].contains($0) })
                    else { continue }
                    let module = String(words[index + 1])
                    // Yams's copy of libyaml is its own business: C reaches us only through our wrappers.
                    if module == "CYaml" { backwards.append("\(target)/\(path) imports Yams's internal CYaml") }
                    if Self.targets[module] != nil, !allowed.contains(module) {
                        backwards.append("\(target)/\(path) imports \(module)")
                    }
                }
            }
        }
        #expect(backwards.sorted() == [])
    }

    @Test func stagesUseOnlyTheStagesBeforeThem() throws {
        let root = Self.sources + "/Placard"
        let folders = try FileManager.default.contentsOfDirectory(atPath: root).filter { !$0.hasSuffix(".docc") }
        #expect(Set(folders) == Set(Self.stages), "a new folder needs its place in the list above")
        // The types each folder declares at the top level.
        var declaredIn: [String: String] = [:]
        var files: [(stage: String, path: String, text: String)] = []
        let declaration = try Regex(
            #"(?m)^(?:public |package )?(?:final )?(?:struct|enum|class|protocol|actor) +([A-Za-z_][A-Za-z0-9_]*)"#)
        for stage in Self.stages {
            for (path, text) in try Self.swiftFiles(below: root + "/" + stage) {
                files.append((stage, path, text))
                for match in text.matches(of: declaration) {
                    if let name = match.output[1].substring { declaredIn[String(name)] = stage }
                }
            }
        }
        var backwards: Set<String> = []
        for (stage, path, text) in files {
            let rank = Self.stages.firstIndex(of: stage)!
            for name in Self.identifiers(inCodeOf: text) {
                guard let other = declaredIn[name], let otherRank = Self.stages.firstIndex(of: other), otherRank > rank
                else { continue }
                backwards.insert("\(stage)/\(path) uses \(name) of \(other)")
            }
        }
        #expect(backwards.sorted() == [])
    }

    /// The capitalized identifiers of Swift source, outside comments and string literals.
    static func identifiers(inCodeOf text: String) -> Set<String> {
        var names: Set<String> = []
        for line in text.split(separator: "\n") {
            var code = line.trimmingCharacters(in: .whitespaces)
            if code.hasPrefix("//") { continue }
            if let comment = code.range(of: " //") { code = String(code[..<comment.lowerBound]) }
            var inString = false
            var word = ""
            var previous: Character = " "
            for character in code + " " {
                if character == "\"" && previous != "\\" { inString.toggle() }
                previous = character
                if !inString, character.isLetter || character.isNumber || character == "_" {
                    word.append(character)
                    continue
                }
                if let first = word.first, first.isUppercase { names.insert(word) }
                word = ""
            }
        }
        return names
    }
}
