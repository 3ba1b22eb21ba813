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
                "CommonMark",
                "Templates",
                "CCurl",
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "PlacardServer",
            dependencies: [
                "Placard",
                "CommonMark",
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
        .executableTarget(
            name: "PlacardCLI",
            dependencies: [
                "Placard",
                "PlacardServer",
                "PlacardStarter",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "CommonMarkTests", dependencies: ["CommonMark"], swiftSettings: swiftSettings),
        .testTarget(name: "TemplatesTests", dependencies: ["Templates"], swiftSettings: swiftSettings),
        .testTarget(
            name: "PlacardTests",
            dependencies: ["Placard", "CommonMark"],
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
        .testTarget(name: "PlacardCLITests", dependencies: ["PlacardCLI"], swiftSettings: swiftSettings),
        .testTarget(name: "PlacardStarterTests", dependencies: ["PlacardStarter"], swiftSettings: swiftSettings),
    ]
)
