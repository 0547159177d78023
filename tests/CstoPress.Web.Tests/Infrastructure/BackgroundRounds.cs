using CstoPress.Data.Repositories.Editorial;
using CstoPress.Web.Alerts;
using CstoPress.Web.Publishing;

namespace CstoPress.Web.Tests.Infrastructure;

/// <summary>
/// One round of a node's background work, run by the test when it wants it rather than by the timer, against
/// the test clock.
/// </summary>
public static class BackgroundRounds
{
    /// <summary>One round of the node's alert sender; how many messages it handled.</summary>
    public static async Task<int> SendRoundAsync(this PortalFactory node)
    {
        await using var scope = node.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AlertSending>().RunRoundAsync();
    }

    /// <summary>One round of the node's scheduler: what is due is published, and its alerts come with it.</summary>
    public static async Task<IReadOnlyList<DuePublication>> PublishDueAsync(this PortalFactory node)
    {
        await using var scope = node.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ScheduledPublishing>().PublishDueAsync();
    }
}
