using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CommunityVoice.Tests.Support;

/// <summary>
/// A throwaway PostgreSQL cluster for the tests: <c>initdb</c> into a temporary folder, <c>pg_ctl start</c> on a
/// free loopback port, and <c>pg_ctl stop</c> plus deletion afterwards. Run as the <c>postgres</c> user when the
/// tests run as root, since PostgreSQL refuses to run as root.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    const string BinFolder = "/usr/lib/postgresql/15/bin";
    readonly string folder = Path.Combine(Path.GetTempPath(), "cv-pg-" + Guid.NewGuid().ToString("N")[..8]);
    bool started;

    public int Port { get; } = FreePort();

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Timeout=15";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        if (IsRoot) await RunAsync("chown", ["postgres:postgres", folder]);
        var data = Path.Combine(folder, "data");
        await RunAsPostgresAsync("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync", "--locale=C"]);
        await RunAsPostgresAsync("pg_ctl", ["-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "start",
            "-o", $"-p {Port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"]);
        started = true;
    }

    public async Task DisposeAsync()
    {
        if (started)
            await RunAsPostgresAsync("pg_ctl", ["-D", Path.Combine(folder, "data"), "-m", "immediate", "-w", "stop"]);
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    static bool IsRoot => Environment.UserName == "root";

    static Task RunAsPostgresAsync(string tool, string[] args) =>
        IsRoot ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(BinFolder, tool), .. args])
               : RunAsync(Path.Combine(BinFolder, tool), args);

    static async Task RunAsync(string file, string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/tmp" };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {await error}{await output}");
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
