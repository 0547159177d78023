using CstoPress.Web.Alerts;
using CstoPress.Web.Tests.Alerts;
using Microsoft.AspNetCore.Hosting;

namespace CstoPress.Web.Tests.Browser;

/// <summary>The browser portal sending its mail to a real SMTP server on loopback; the tests run the sender's rounds themselves.</summary>
public sealed class AlertsInBrowserPortal : BrowserPortal
{
    public LoopbackSmtpServer Smtp { get; } = new();

    public override async Task InitializeAsync()
    {
        Smtp.Start();
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await Smtp.DisposeAsync();
        await base.DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        AlertsPortal.UseSmtp(builder, Smtp.Port);
    }

    public async Task SendRoundAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AlertSending>().RunRoundAsync();
    }

    public async Task PublishDueAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Web.Publishing.ScheduledPublishing>().PublishDueAsync();
    }
}
