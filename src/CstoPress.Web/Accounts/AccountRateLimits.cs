using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace CstoPress.Web.Accounts;

/// <summary>The limits on signing in, on asking for reset e-mails and on requesting accreditation, per real client address, each refusal logged.</summary>
public static class AccountRateLimits
{
    public static void Configure(RateLimiterOptions limiter, AccountOptions options)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = (context, _) =>
        {
            var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
            context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            var policy = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
            context.HttpContext.RequestServices.GetRequiredService<SecurityLog>().Record(context.HttpContext, policy switch
            {
                AccountsHosting.PasswordResetRateLimit => SecurityEvent.PasswordResetRateLimited,
                AccountsHosting.RegistrationRateLimit => SecurityEvent.RegistrationRateLimited,
                _ => SecurityEvent.SignInRateLimited,
            });
            return ValueTask.CompletedTask;
        };
        limiter.AddPolicy(AccountsHosting.SignInRateLimit, context => PostsPerClient(context, options.SignInAttemptsPerMinute, TimeSpan.FromMinutes(1)));
        limiter.AddPolicy(AccountsHosting.PasswordResetRateLimit, context => PostsPerClient(context, options.PasswordResetRequestsPerHour, TimeSpan.FromHours(1)));
        limiter.AddPolicy(AccountsHosting.RegistrationRateLimit, context => PostsPerClient(context, options.RegistrationsPerHour, TimeSpan.FromHours(1)));
    }

    /// <summary>
    /// Counts the posts of one client address (the real one: forwarded headers from known proxies are
    /// applied first); reading the form is never limited.
    /// </summary>
    private static RateLimitPartition<string> PostsPerClient(HttpContext context, int permits, TimeSpan window) =>
        HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("reading");
}
