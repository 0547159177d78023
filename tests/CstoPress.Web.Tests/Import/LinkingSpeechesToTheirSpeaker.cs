using CstoPress.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CstoPress.Web.Tests.Import;

public class LinkingSpeechesToTheirSpeaker(SeededPortal portal) : IClassFixture<SeededPortal>
{
    [Fact]
    public async Task ASpeechWhoseTitleNamesAPersonIsTheirs()
    {
        using var folder = new ArchiveWorkFolder();
        folder.Write("round-table.txt", """
            The Secretary General Stanislav Zas spoke at the demonstration round table

            The Secretary General Stanislav Zas spoke at the demonstration round table 12.03.2021

            (12 March 2021, Moscow)

            Dear participants!

            Thank you for the invitation.
            """);

        await portal.ImportAsync(folder.Path);

        await portal.WithDatabaseAsync(async db =>
        {
            var speech = await db.Publications.AsNoTracking().Include(p => p.Speech.Speaker).SingleAsync();
            Assert.Equal("stanislav-zas", speech.Speech.Speaker?.Slug);
            Assert.Equal(new DateOnly(2021, 3, 12), speech.Speech.DeliveredOn);
        });
    }
}
