using CstoPress.Core.Import;

namespace CstoPress.Core.Tests.Import;

public class TakingPhotoReferences
{
    [Fact]
    public void PhotoFileNamesBecomePhotosAndTheTextRunIntoThemIsKept()
    {
        var page = ArchiveFixtures.PageFromBatch("news-with-signature.txt");

        Assert.Equal(["IMG_4471.jpg"], page.PhotoFiles);
        Assert.StartsWith("The participants worked through a scenario", page.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("IMG_4471", page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void ALineOfOnlyAFileNameLeavesNoEmptyParagraph()
    {
        var page = ArchiveFixtures.PageFromBatch("signature-spelled-differently.txt");

        Assert.Equal(["DSC_0012.JPG"], page.PhotoFiles);
        Assert.Equal("Forty young lime trees were planted along the alley in front of the building.", page.Lead);
        Assert.Equal("The initiative will be repeated every autumn.", page.Body);
    }

    [Theory]
    [InlineData("IMG_1234.jpgThe meeting began.", "IMG_1234.jpg", "The meeting began.")]
    [InlineData("photo-2.jpeg", "photo-2.jpeg", "")]
    [InlineData("DSC_1.JPG Участники встречи", "DSC_1.JPG", "Участники встречи")]
    public void AFileNameAtTheStartOfALineIsTakenOff(string line, string file, string rest)
    {
        var (files, text) = PhotoReferences.Extract(line);

        Assert.Equal([file], files);
        Assert.Equal(rest, text);
    }

    [Fact]
    public void ASentenceMentioningAPictureIsNotAPhoto()
    {
        var (files, text) = PhotoReferences.Extract("The report.jpg format was discussed.");

        Assert.Empty(files);
        Assert.Equal("The report.jpg format was discussed.", text);
    }
}
