// swift-tools-version:6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),  // SE-0335
    .enableUpcomingFeature("InternalImportsByDefault"),  // SE-0409
    .enableUpcomingFeature("MemberImportVisibility"),  // SE-0444
]

let package = Package(
    name: "Placard",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "placard", targets: ["PlacardCLI"]),
        .library(name: "Placard", targets: ["Placard"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.0.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        // libyaml, for the fast reader of the common comments.yml (Yams, which reads every other YAML file, builds a
        // copy of its own that it does not share).
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "YAMLEvents", dependencies: ["CLibYAML"], swiftSettings: swiftSettings),
        // What Placard knows of HTML text, shared by the builder, the checker, the importers and the dev server.
        .target(name: "Markup", swiftSettings: swiftSettings),
        .target(
            name: "CommonMark",
            dependencies: ["CCmark"],
            swiftSettings: swiftSettings
        ),
        .target(name: "Templates", swiftSettings: swiftSettings),
        // libcurl through dlopen, for `import wordpress --fetch-media` only (Sources/CCurl/include/CCurl.h).
        .target(name: "CCurl", linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]),
        .target(
            name: "Placard",
            dependencies: [
                "Markup",
                "CommonMark",
                "Templates",
                "YAMLEvents",
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: swiftSettings
        ),
        // `placard check`: reads what a build would write, for foreign resources, scripts and broken links.
        .target(name: "PlacardCheck", dependencies: ["Placard", "Markup"], swiftSettings: swiftSettings),
        // `placard import`: WordPress and Disqus exports into content files, media fetched with libcurl.
        .target(name: "PlacardImport", dependencies: ["Placard", "Markup", "CCurl"], swiftSettings: swiftSettings),
        .target(
            name: "PlacardServer",
            dependencies: [
                "Placard",
                "Markup",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        // The default theme, embedded from templates/ by the EmbedTheme plugin, and `placard init`'s site.
        .target(
            name: "PlacardStarter",
            dependencies: ["Placard"],
            swiftSettings: swiftSettings,
            plugins: ["EmbedTheme"]
        ),
        .plugin(name: "EmbedTheme", capability: .buildTool()),
        // The commands, in a library so that tests can run most of them in their own process.
        .target(
            name: "PlacardCommands",
            dependencies: [
                "Placard",
                "PlacardCheck",
                "PlacardImport",
                "PlacardServer",
                "PlacardStarter",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "PlacardCLI",
            dependencies: ["PlacardCommands"],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "MarkupTests", dependencies: ["Markup"], swiftSettings: swiftSettings),
        .testTarget(name: "CommonMarkTests", dependencies: ["CommonMark"], swiftSettings: swiftSettings),
        .testTarget(name: "TemplatesTests", dependencies: ["Templates"], swiftSettings: swiftSettings),
        .testTarget(
            name: "PlacardTests",
            dependencies: ["Placard", "PlacardCheck", "PlacardImport", "CommonMark", "Markup"],
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PlacardServerTests",
            dependencies: [
                "PlacardServer",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PlacardCLITests", dependencies: ["PlacardCLI", "PlacardCommands"], swiftSettings: swiftSettings),
        .testTarget(name: "PlacardStarterTests", dependencies: ["PlacardStarter"], swiftSettings: swiftSettings),
    ]
)
