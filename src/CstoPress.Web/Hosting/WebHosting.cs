using CstoPress.Core.Markdown;
using CstoPress.Data;
using CstoPress.Web.Alerts;
using CstoPress.Web.Areas.Admin;
using CstoPress.Web.Publishing;
using CstoPress.Web.DemoContent;
using CstoPress.Web.Journalists;
using CstoPress.Web.Localization;
using CstoPress.Web.Mail;
using CstoPress.Web.Media;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.WebEncoders;
using Serilog;

namespace CstoPress.Web.Hosting;

public static class WebHosting
{
    public static WebApplicationBuilder AddCstoPressWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(PressOfficeTime.FromZoneId(builder.Configuration["PressOffice:TimeZone"]));
        services.AddSingleton(builder.Configuration.GetSection("Publications:BodyLimits").Get<BodyLimits>() ?? new BodyLimits());
        services.AddSingleton<PublicationMarkdown>();
        services.AddScoped<CurrentJournalist>();
        services.AddScoped<EmbargoAccessLog>();
        services.AddScoped<DemoSeeder>();
        services.Configure<MediaOptions>(builder.Configuration.GetSection(MediaOptions.SectionName));
        services.AddSingleton<PhotoIntake>();

        // Keys in PostgreSQL: every web node can read the antiforgery tokens and cookies the others issued.
        services.AddDataProtection()
            .SetApplicationName("CstoPress")
            .PersistKeysToDbContext<CstoPressDbContext>();

        // Russian text goes out as characters, not as &#x...; entities.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.AddCstoPressAccounts();
        builder.AddCstoPressMail();
        builder.AddCstoPressAlerts();
        builder.AddCstoPressAccreditation();
        services.Configure<RouteOptions>(routes => routes.LowercaseUrls = true);
        services.AddRazorPages(options =>
        {
            options.Conventions.Add(new LanguageRouteConvention());
            AdminAreaConventions.Apply(options.Conventions);
        });
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(mvc => mvc.ModelBinderProviders.Insert(0, new CleanTextModelBinderProvider()));
        builder.AddCstoPressPublishing();
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new Microsoft.AspNetCore.Localization.RequestCulture(SiteCultures.English);
            options.SupportedCultures = options.SupportedUICultures = [SiteCultures.English, SiteCultures.Russian];
            options.RequestCultureProviders = [new PageLanguageCultureProvider()];
        });
        services.AddHealthChecks().AddDbContextCheck<CstoPressDbContext>("database");
        services.AddProblemDetails();
        builder.AddCstoPressSyndication();
        builder.AddCstoPressCaching();
        builder.AddCstoPressMetrics();
        return builder;
    }

    public static WebApplication UseCstoPress(this WebApplication app)
    {
        app.UseForwardedHeaders();

        // A friendly page in every environment: a reader never sees a stack trace, the log has it.
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        // Not on the developer's machine nor in the tests: both are plain HTTP, and a browser that saw
        // HSTS for localhost would refuse it for a year.
        if (!app.Environment.IsDevelopment() && !app.Environment.IsEnvironment("Testing"))
        {
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseSerilogRequestLogging();
        app.UseAbandonedRequests();
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = StaticFileCaching.Apply });
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseCstoPressCaching();
        app.UseAbandonedRequests();

        app.MapHealthChecks("/healthz");
        app.MapMediaEndpoints();
        app.MapEmbargoFeed();
        app.MapCstoPressSyndication();
        app.MapRazorPages();

        app.Lifetime.ApplicationStarted.Register(() =>
            app.Logger.LogInformation("CstoPress is ready. Open {Addresses} in a browser.", string.Join(", ", ServerAddresses(app))));
        return app;
    }

    private static IEnumerable<string> ServerAddresses(WebApplication app) =>
        app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses ?? [];
}
