using CstoPress.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace CstoPress.Web.Tests.Hosting;

public class AbandonedRequestsTests
{
    [Fact]
    public async Task A_request_the_reader_abandoned_ends_as_499_without_an_error_page()
    {
        using var abandoned = new CancellationTokenSource();
        var context = ContextWithStatusPages(abandoned.Token);

        await Pipeline(_ =>
        {
            abandoned.Cancel();
            throw new OperationCanceledException(abandoned.Token);
        })(context);

        Assert.Equal(AbandonedRequests.ClientClosedRequest, context.Response.StatusCode);
        Assert.False(context.Features.Get<IStatusCodePagesFeature>()!.Enabled);
    }

    [Fact]
    public async Task A_cancellation_the_reader_did_not_ask_for_is_still_an_error()
    {
        var context = ContextWithStatusPages(CancellationToken.None);

        var pipeline = Pipeline(_ => throw new OperationCanceledException("a timeout on the server"));

        await Assert.ThrowsAsync<OperationCanceledException>(() => pipeline(context));
    }

    private static DefaultHttpContext ContextWithStatusPages(CancellationToken aborted)
    {
        var context = new DefaultHttpContext { RequestAborted = aborted };
        context.Features.Set<IStatusCodePagesFeature>(new StatusCodePagesFeature());
        return context;
    }

    private static RequestDelegate Pipeline(RequestDelegate endpoint)
    {
        var app = new ApplicationBuilder(new ServiceCollection().BuildServiceProvider());
        app.UseAbandonedRequests();
        app.Run(endpoint);
        return app.Build();
    }
}
