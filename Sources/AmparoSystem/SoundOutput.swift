import AmparoCore
import Foundation

/// Whether this computer can make a sound at all, for reading aloud: an ALSA playback device
/// (`/dev/snd/pcmC*D*p`), or a PulseAudio or PipeWire server the session can reach. espeak-ng
/// exits 0 when there is neither, so without this check reading aloud would silently do
/// nothing.
public enum SoundOutput {
    /// True when a playback device or a sound server is there.
    public static func isAvailable(environment: [String: String] = ProcessEnvironment.current(),
                                   deviceDirectory: String = "/dev/snd") -> Bool {
        if let server = environment["PULSE_SERVER"], !server.isEmpty { return true }
        if let runtime = environment["XDG_RUNTIME_DIR"], !runtime.isEmpty {
            for socket in ["pulse/native", "pipewire-0"] where isSocket(runtime + "/" + socket) { return true }
        }
        let devices = (try? FileManager.default.contentsOfDirectory(atPath: deviceDirectory)) ?? []
        return devices.contains { $0.hasPrefix("pcmC") && $0.hasSuffix("p") }
    }

    private static func isSocket(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFSOCK
    }
}
