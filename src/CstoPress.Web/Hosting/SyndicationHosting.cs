using System.Text.Encodings.Web;
using System.Text.Unicode;
using CstoPress.Web.Api;
using CstoPress.Web.Feeds;
using CstoPress.Web.Organization;
using CstoPress.Web.Seo;

namespace CstoPress.Web.Hosting;

/// <summary>What takes the publications off the site: feeds, the read API with its OpenAPI document, sitemaps and robots.txt.</summary>
public static class SyndicationHosting
{
    public static WebApplicationBuilder AddCstoPressSyndication(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddSingleton(new FeedIdentity(configuration["Feeds:IdAuthority"] is { Length: > 0 } authority ? authority : FeedIdentity.DefaultAuthority));
        services.AddSingleton<FeedWriter>();
        services.AddSingleton(new SitemapSettings(
            Math.Clamp(configuration.GetValue("Sitemaps:UrlsPerFile", SitemapSettings.ProtocolLimit), 1, SitemapSettings.ProtocolLimit)));

        // Russian text in the API's JSON as characters; '<', '>' and '&' stay escaped.
        services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        services.AddOpenApi();
        services.AddCstoPressRegister();
        return builder;
    }

    public static IEndpointRouteBuilder MapCstoPressSyndication(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapFeedEndpoints();
        endpoints.MapReadApi();
        endpoints.MapSitemapEndpoints();
        endpoints.MapRegisterEndpoints();
        endpoints.MapOpenApi();
        return endpoints;
    }
}
