using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CstoPress.Web.Caching;

/// <summary>
/// What readers see is made once and served ready-made for a short while: the pages, feeds, sitemaps,
/// the read API and photos, all with ASP.NET Core's output cache. Only anonymous GETs are cached (the
/// framework's default policy: no signed-in user, no Authorization header, no cookie set), so editors
/// always see the database as it is; the same requests read from the replica when there is one. Publishing
/// evicts the <see cref="Tag"/> at once, on every node.
/// </summary>
public static class PublicOutputCache
{
    public const string PolicyName = "public";

    /// <summary>Carried by everything a change of content can alter.</summary>
    public const string Tag = "public-content";

    public static WebApplicationBuilder AddCstoPressCaching(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<CachingOptions>(builder.Configuration.GetSection(CachingOptions.SectionName));
        var options = builder.Configuration.GetSection(CachingOptions.SectionName).Get<CachingOptions>() ?? new CachingOptions();
        services.AddSingleton<DatabaseReachability>();
        services.AddSingleton<PublicContentChanges>();
        services.AddSingleton<KeptCatalog>();
        services.AddSingleton<NextRelease>();
        services.AddSingleton<ListeningToOtherNodes>();
        services.AddSingleton<ChangesFromOtherNodes>();
        if (options.Enabled)
        {
            services.AddHostedService(provider => provider.GetRequiredService<ChangesFromOtherNodes>());
        }

        services.AddOutputCache(cache =>
        {
            cache.SizeLimit = options.SizeLimitBytes;
            cache.AddPolicy(PolicyName, policy =>
            {
                if (options.Enabled)
                {
                    policy.Expire(options.PublicLifetime).Tag(Tag).AddPolicy<KeptUntilNextRelease>().AddPolicy<CountedServing>();
                }
                else
                {
                    policy.NoCache();
                }
            });
        });

        // The framework registers its memory store behind a factory; ours wraps whatever it made.
        var store = services.Single(d => d.ServiceType == typeof(IOutputCacheStore));
        services.Replace(ServiceDescriptor.Singleton<IOutputCacheStore>(provider => new OutageTolerantCacheStore(
            (IOutputCacheStore)(store.ImplementationFactory?.Invoke(provider)
                                ?? store.ImplementationInstance
                                ?? ActivatorUtilities.CreateInstance(provider, store.ImplementationType!)),
            provider.GetRequiredService<DatabaseReachability>(),
            provider.GetRequiredService<ListeningToOtherNodes>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<IOptions<CachingOptions>>())));
        return builder;
    }

    /// <summary>Goes after authentication, so that the signed-in are known and never served or stored.</summary>
    public static IApplicationBuilder UseCstoPressCaching(this IApplicationBuilder app) =>
        app.UseReplicaForPublicReads().UseOutageFallback().UseOutputCache().UseOutageFallbackEnd();
}
