using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CstoPress.LocalPostgres;

/// <summary>
/// A private PostgreSQL cluster run from the machine's own PostgreSQL binaries, for development and
/// tests: created on first use in a folder of ours, listening on loopback only, reused on the next
/// start and stopped with the app. No library starts a real PostgreSQL without Docker, hence this.
/// When the app runs as root, PostgreSQL (which refuses root) runs as the 'postgres' user.
/// </summary>
public sealed class LocalPostgresCluster : IAsyncDisposable
{
    public const string DatabaseName = "cstopress";
    private const string SuperUser = "cstopress";

    private readonly string _root;
    private readonly string _dataDirectory;
    private readonly PostgresBinaries _binaries;
    private readonly ILogger _logger;
    private readonly bool _runAsPostgresUser;
    private bool _startedByUs;

    private LocalPostgresCluster(string root, PostgresBinaries binaries, ILogger logger)
    {
        _root = root;
        _dataDirectory = Path.Combine(root, "data");
        _binaries = binaries;
        _logger = logger;
        _runAsPostgresUser = Environment.UserName == "root" || Environment.GetEnvironmentVariable("USER") == "root";
    }

    public int Port { get; private set; }
    private string Password { get; set; } = "";

    public string ConnectionString(string database = DatabaseName) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = SuperUser,
        Password = Password,
        Database = database,
    }.ConnectionString;

    /// <summary>Creates the cluster in <paramref name="root"/> if it is not there yet, starts it, and creates the app's database.</summary>
    public static async Task<LocalPostgresCluster> StartAsync(string root, ILogger logger, CancellationToken cancellationToken = default)
    {
        var binaries = PostgresBinaries.Find()
            ?? throw new LocalPostgresException(
                """
                No PostgreSQL server binaries (initdb, pg_ctl) were found, so CstoPress cannot start its private development database.
                Either install them (Debian/Ubuntu: sudo apt-get install -y postgresql),
                or point the app at a PostgreSQL server: ConnectionStrings__Default="Host=...;Database=cstopress;Username=...;Password=...",
                or run the whole portal with: docker compose up
                """);

        var cluster = new LocalPostgresCluster(Path.GetFullPath(root), binaries, logger);
        await cluster.InitializeAsync(cancellationToken);
        await cluster.StartServerAsync(cancellationToken);
        await cluster.EnsureDatabaseAsync(DatabaseName, cancellationToken);
        return cluster;
    }

    public async Task EnsureDatabaseAsync(string database, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>
    /// A streaming replica of this cluster in <paramref name="root"/>, as production would run one: a base
    /// backup taken with pg_basebackup, started as a hot standby that replays what this cluster writes.
    /// </summary>
    public async Task<LocalPostgresCluster> StartReplicaAsync(string root, CancellationToken cancellationToken = default)
    {
        var replica = new LocalPostgresCluster(Path.GetFullPath(root), _binaries, _logger) { Password = Password };
        Directory.CreateDirectory(replica._dataDirectory);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(replica._dataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        // The standby keeps connecting with this file, so that no password is written into its settings.
        var passFile = Path.Combine(replica._root, "pgpass");
        await File.WriteAllTextAsync(passFile, $"127.0.0.1:{Port}:*:{SuperUser}:{Password}\n", cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(passFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        await replica.GiveToPostgresUserAsync(cancellationToken);
        _logger.LogInformation("Taking a base backup of 127.0.0.1:{Port} for a replica in {DataDirectory}", Port, replica._dataDirectory);
        await RunAsync(_binaries.PgBaseBackup,
            ["-D", replica._dataDirectory, "-R", "-X", "stream", "-c", "fast", "-w",
             "-d", $"host=127.0.0.1 port={Port} user={SuperUser} passfile={passFile}"],
            cancellationToken);
        await replica.StartServerAsync(cancellationToken);
        return replica;
    }

    /// <summary>Starts the cluster again after <see cref="StopAsync"/>, on the same port when it is still free.</summary>
    public Task RestartAsync(CancellationToken cancellationToken = default) => StartServerAsync(cancellationToken);

    public async Task StopAsync()
    {
        if (!_startedByUs)
        {
            return;
        }

        _startedByUs = false;
        await RunAsync(_binaries.PgCtl, ["stop", "-D", _dataDirectory, "-m", "fast", "-w", "-t", "60"], CancellationToken.None, throwOnError: false);
        _logger.LogInformation("Stopped the development PostgreSQL in {DataDirectory}", _dataDirectory);
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private string PasswordFile => Path.Combine(_root, "password");

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_root);
        if (File.Exists(Path.Combine(_dataDirectory, "PG_VERSION")))
        {
            Password = (await File.ReadAllTextAsync(PasswordFile, cancellationToken)).Trim();
            return;
        }

        Password = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        await File.WriteAllTextAsync(PasswordFile, Password, cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(PasswordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        // initdb reads the password from a file the server user can read; it is removed right after.
        var initPasswordFile = Path.Combine(_root, "initdb-password");
        await File.WriteAllTextAsync(initPasswordFile, Password, cancellationToken);
        Directory.CreateDirectory(_dataDirectory);
        await GiveToPostgresUserAsync(cancellationToken);

        _logger.LogInformation("Creating a development PostgreSQL cluster in {DataDirectory}", _dataDirectory);
        try
        {
            await RunAsync(_binaries.InitDb,
                ["-D", _dataDirectory, "-U", SuperUser, "--pwfile", initPasswordFile, "--auth-host=scram-sha-256",
                 "--auth-local=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-instructions"],
                cancellationToken);
        }
        finally
        {
            File.Delete(initPasswordFile);
        }
    }

    private async Task StartServerAsync(CancellationToken cancellationToken)
    {
        var portFile = Path.Combine(_root, "port");
        if (await IsRunningAsync(cancellationToken) && File.Exists(portFile))
        {
            Port = int.Parse(await File.ReadAllTextAsync(portFile, cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            _startedByUs = true;
            _logger.LogInformation("Reusing the development PostgreSQL already running on port {Port}", Port);
            return;
        }

        // Keep the port of the last run when it is free: connection strings handed out before still work.
        Port = File.Exists(portFile)
               && int.TryParse(await File.ReadAllTextAsync(portFile, cancellationToken), out var previous)
               && IsFree(previous)
            ? previous
            : FreeLoopbackPort();
        await File.WriteAllTextAsync(portFile, Port.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
        var logFile = Path.Combine(_root, "postgres.log");
        await RunAsync(_binaries.PgCtl,
            ["start", "-D", _dataDirectory, "-l", logFile, "-w", "-t", "60",
             "-o", $"-p {Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"],
            cancellationToken);
        _startedByUs = true;
        _logger.LogInformation("Started the development PostgreSQL on 127.0.0.1:{Port} ({DataDirectory})", Port, _dataDirectory);
    }

    private async Task<bool> IsRunningAsync(CancellationToken cancellationToken) =>
        await RunAsync(_binaries.PgCtl, ["status", "-D", _dataDirectory], cancellationToken, throwOnError: false) == 0;

    private async Task GiveToPostgresUserAsync(CancellationToken cancellationToken)
    {
        if (!_runAsPostgresUser)
        {
            return;
        }

        await RunProcessAsync("chown", ["-R", "postgres:", _root], asPostgres: false, throwOnError: true, cancellationToken);
        // The server user must be able to walk down to the folder, whatever the checkout's parents allow.
        var probe = await RunAsync("test", ["-w", _dataDirectory], cancellationToken, throwOnError: false);
        if (probe != 0)
        {
            throw new LocalPostgresException(
                $"The 'postgres' user cannot reach {_dataDirectory}. Put the checkout where that user can read its parent folders, or set ConnectionStrings__Default.");
        }
    }

    private Task<int> RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken, bool throwOnError = true) =>
        RunProcessAsync(program, arguments, _runAsPostgresUser, throwOnError, cancellationToken);

    private static async Task<int> RunProcessAsync(string program, IReadOnlyList<string> arguments, bool asPostgres, bool throwOnError, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgres)
        {
            start.FileName = "runuser";
            foreach (var argument in (string[])["-u", "postgres", "--", program])
            {
                start.ArgumentList.Add(argument);
            }
        }
        else
        {
            start.FileName = program;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The server must outlive nothing but us: it inherits no console, so Ctrl+C reaches only the app,
        // which then stops it in order.
        using var process = Process.Start(start) ?? throw new LocalPostgresException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0 && throwOnError)
        {
            throw new LocalPostgresException(
                $"{Path.GetFileName(program)} failed with exit code {process.ExitCode}: {(await error).Trim()} {(await output).Trim()}");
        }

        return process.ExitCode;
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
