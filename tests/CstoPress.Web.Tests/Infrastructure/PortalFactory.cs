using CstoPress.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Serilog.Core;

namespace CstoPress.Web.Tests.Infrastructure;

/// <summary>
/// The whole portal in memory, on its own fresh PostgreSQL database, with a clock the test controls.
/// Used as a class fixture: one database per test class.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public static readonly DateTimeOffset StartTime = new(2024, 7, 26, 12, 0, 0, TimeSpan.Zero);

    public TestClock Clock { get; } = new(StartTime);

    public string ConnectionString { get; private set; } = "";

    protected virtual bool CachingEnabled => false;

    /// <summary>The port of the metrics listener; 0, none.</summary>
    protected virtual int MetricsPort => 0;

    /// <summary>What the portal logged.</summary>
    public CapturedLog Log { get; } = new();

    /// <summary>The portal's own address, as the links in its mail carry it.</summary>
    public const string SiteAddress = "https://press.example.org";

    /// <summary>How long an immediate alert waits, so that a correction made at once goes out with it.</summary>
    public static readonly TimeSpan AlertDelay = TimeSpan.FromMinutes(5);

    private LoopbackSmtpServer? _smtp;

    /// <summary>Where the portal writes its mail, unless it <see cref="SendsMailThroughSmtp"/>.</summary>
    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), $"cstopress-mail-{Guid.NewGuid():N}");

    /// <summary>Whether the portal sends its mail to a real SMTP server on loopback (<see cref="Smtp"/>) rather than to <see cref="MailFolder"/>.</summary>
    protected virtual bool SendsMailThroughSmtp => false;

    /// <summary>The SMTP server the portal sends to, started before the portal and stopped after it.</summary>
    public LoopbackSmtpServer Smtp => _smtp ?? throw new InvalidOperationException("This portal writes its mail to a folder: override SendsMailThroughSmtp.");

    public virtual async Task InitializeAsync()
    {
        if (SendsMailThroughSmtp)
        {
            _smtp = new LoopbackSmtpServer();
            _smtp.Start();
        }

        ConnectionString = await CreateDatabaseAsync();
    }

    /// <summary>A new database with the schema, whose connection string the portal gets.</summary>
    protected virtual Task<string> CreateDatabaseAsync() => TestDatabaseServer.CreateDatabaseAsync();

    protected virtual Task DropDatabaseAsync() => TestDatabaseServer.DropDatabaseAsync(ConnectionString);

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_smtp is not null)
        {
            await _smtp.DisposeAsync();
        }

        await DropDatabaseAsync();
        if (Directory.Exists(MailFolder))
        {
            Directory.Delete(MailFolder, recursive: true);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Default", ConnectionString);
        // Every test client comes from the same (unknown) address; the rate limit has a test of its own.
        builder.UseSetting("Accounts:SignInAttemptsPerMinute", "100000");
        // Tests change the database behind the portal's back and expect to see it; the cache has tests of its own.
        builder.UseSetting("Caching:Enabled", CachingEnabled ? "true" : "false");
        builder.UseSetting("Accounts:PasswordResetRequestsPerHour", "100000");
        builder.UseSetting("Accounts:RegistrationsPerHour", "100000");
        builder.UseSetting("Mail:PickupFolder", MailFolder);
        // Every portal of a test run is in one process: none listens for metrics unless its test asks (one port each).
        builder.UseSetting("Metrics:Port", MetricsPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (_smtp is not null)
        {
            SendMailTo(builder, _smtp.Port);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<ILogEventSink>(Log);
        });
    }

    /// <summary>The portal sends its mail to the SMTP server on loopback at <paramref name="port"/>, with its own address and the alerts' delay.</summary>
    protected static void SendMailTo(IWebHostBuilder builder, int port)
    {
        builder.UseSetting("Mail:SmtpHost", "127.0.0.1");
        builder.UseSetting("Mail:SmtpPort", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Mail:SmtpUseTls", "false");
        builder.UseSetting("Mail:SiteAddress", SiteAddress);
        builder.UseSetting("Alerts:ImmediateDelay", AlertDelay.ToString());
    }

    /// <summary>Runs <paramref name="work"/> against the portal's database in a scope of its own, and saves.</summary>
    public async Task WithDatabaseAsync(Func<CstoPressDbContext, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CstoPressDbContext>();
        await work(db);
        await db.SaveChangesAsync();
    }
}
