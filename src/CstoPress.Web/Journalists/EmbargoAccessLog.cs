using CstoPress.Core.Journalists;
using CstoPress.Data.Repositories.Journalists;

namespace CstoPress.Web.Journalists;

/// <summary>Notes every look a journalist takes at embargoed items: who, when, which, how and from which address.</summary>
public sealed class EmbargoAccessLog(EmbargoRepository embargoes, TimeProvider time)
{
    public Task RecordAsync(ActiveJournalist journalist, IEnumerable<EmbargoedItem> items, EmbargoChannel channel, HttpContext context)
    {
        var now = time.GetUtcNow();
        var address = context.Connection.RemoteIpAddress?.ToString();
        return embargoes.RecordAsync(
            items.Select(item => new EmbargoAccess
            {
                PublicationId = item.Id, AccreditationId = journalist.AccreditationId, At = now, Channel = channel, RemoteAddress = address,
            }),
            context.RequestAborted);
    }
}
