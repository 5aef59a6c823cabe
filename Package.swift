// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Parley",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "parley", targets: ["parley"]),
        .library(name: "ParleyKit", targets: ["ParleyKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CEditline",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"]), .brew(["libedit"])]
        ),
        .target(
            name: "ParleyKit",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "ParleyCLI",
            dependencies: [
                "ParleyKit",
                "CEditline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "parley", dependencies: ["ParleyCLI"]),
        .testTarget(name: "ParleyKitTests", dependencies: ["ParleyKit"], exclude: ["Fixtures", "Transcript/Fixtures"]),
        .testTarget(name: "ParleyCLITests", dependencies: ["ParleyCLI", "ParleyKit"]),
        .testTarget(name: "EndToEndTests", dependencies: ["parley"], exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)

for target in package.targets where target.type != .system {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    target.swiftSettings = settings
}
