namespace CstoPress.Core.Tests.Import;

public class WritingAPageOntoItsItem
{
    [Fact]
    public void ThePhotoNamesBecomePhotosAwaitingTheirFiles()
    {
        var item = new Publication { Title = "t", Slug = "t" };

        PublicationFromPage.Fill(item, ArchivePages.Page(photos: ["IMG_1.jpg", "IMG_2.jpg"]), null, null, ArchivePages.Now);

        Assert.Equal(["IMG_1.jpg", "IMG_2.jpg"], item.Photos.Select(p => p.OriginalFileName));
        Assert.All(item.Photos, p => Assert.True(p.IsAwaitingFile));
        Assert.True(item.Photos[0].Order < item.Photos[1].Order);
    }

    [Fact]
    public void AnUploadedPhotoKeepsItsFileWhenThePageIsImportedAgain()
    {
        var uploaded = new Photo { OriginalFileName = "IMG_1.jpg", ImageId = Guid.NewGuid(), Caption = "Kept", AltText = "" };
        var item = new Publication { Title = "t", Slug = "t" };
        item.Photos.AddRange([uploaded, new Photo { OriginalFileName = "IMG_9.jpg", Caption = "", AltText = "" }]);

        PublicationFromPage.Fill(item, ArchivePages.Page(photos: ["img_1.JPG", "IMG_2.jpg"]), null, null, ArchivePages.Now);

        Assert.Equal(["IMG_1.jpg", "IMG_2.jpg"], item.Photos.Select(p => p.OriginalFileName));
        Assert.Same(uploaded, item.Photos[0]);
        Assert.True(item.Photos[1].Order > item.Photos[0].Order);
    }

    [Fact]
    public void TextTooLongForItsColumnIsCutWithAnEllipsis()
    {
        var item = new Publication { Title = "t", Slug = "t" };
        var page = ArchivePages.Page(signature: new PressSignature(new string('n', 250), null, null, null));

        PublicationFromPage.Fill(item, page, null, null, ArchivePages.Now);

        Assert.Equal(200, item.Contact.Name!.Length);
        Assert.EndsWith("…", item.Contact.Name, StringComparison.Ordinal);
    }
}
