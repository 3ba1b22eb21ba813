import Foundation

extension FileSystem {
    /// Sets ext2/3/4's "top of directory hierarchies" flag (`chattr +T`) on a folder, so that the Orlov allocator
    /// spreads the folders made in it over the disk's block groups instead of filling the group of their parent.
    ///
    /// Why a site generator cares: an ext4 file system without a journal skips inodes deleted in the last minutes
    /// when it allocates, scanning past each of them from the start of the group, every time. A build that follows
    /// `rm -rf public` (as `make bench` times it) then paid that scan for each of its thousands of new folders and
    /// files, all in the group the deleted ones had filled: 3 to 7 s of kernel time at 1,000 posts on the bench
    /// machine, under 1 s with the post folders spread. Elsewhere (other file systems, macOS) the request fails and
    /// nothing changes.
    static func markTopOfHierarchies(_ path: String) {
        #if os(Linux)
            let getFlags: UInt = 0x8008_6601  // FS_IOC_GETFLAGS, _IOR('f', 1, long)
            let setFlags: UInt = 0x4008_6602  // FS_IOC_SETFLAGS, _IOW('f', 2, long)
            let topDirectory: CInt = 0x0002_0000  // FS_TOPDIR_FL
            let folder = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard folder >= 0 else { return }
            defer { close(folder) }
            var flags: CInt = 0
            guard ioctl(folder, getFlags, &flags) == 0, flags & topDirectory == 0 else { return }
            flags |= topDirectory
            _ = ioctl(folder, setFlags, &flags)
        #endif
    }
}
