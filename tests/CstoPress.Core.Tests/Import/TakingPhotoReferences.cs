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

    [Theory]
    [InlineData("IMG_1234 (1).jpgThe meeting began.", new[] { "IMG_1234 (1).jpg" }, "The meeting began.")]
    [InlineData("name (2).JPGthe talks went on.", new[] { "name (2).JPG" }, "the talks went on.")]
    [InlineData("WhatsApp Image 2023-05-14 at 10.22.31.jpegУчастники встречи", new[] { "WhatsApp Image 2023-05-14 at 10.22.31.jpeg" }, "Участники встречи")]
    [InlineData("photo.2023.05.14.jpg2024 will see three exercises.", new[] { "photo.2023.05.14.jpg" }, "2024 will see three exercises.")]
    [InlineData("DSC_0012.JPG«Мы готовы», - сказал он.", new[] { "DSC_0012.JPG" }, "«Мы готовы», - сказал он.")]
    [InlineData("IMG-20230514-WA0001.heic\"Speed matters,\" he said.", new[] { "IMG-20230514-WA0001.heic" }, "\"Speed matters,\" he said.")]
    [InlineData("Снимок экрана 2023-05-14 в 10.22.31.pngучастники", new[] { "Снимок экрана 2023-05-14 в 10.22.31.png" }, "участники")]
    [InlineData("IMG_1.jpg, IMG_2.JPG; Фото 3.png Участники", new[] { "IMG_1.jpg", "IMG_2.JPG", "Фото 3.png" }, "Участники")]
    [InlineData("IMG_1.jpgIMG_2.jpgThe text.", new[] { "IMG_1.jpg", "IMG_2.jpg" }, "The text.")]
    [InlineData("Фото с заседания.jpg photo_2023-05-14_10-22-31.heic after the talks", new[] { "Фото с заседания.jpg", "photo_2023-05-14_10-22-31.heic" }, "after the talks")]
    public void NamesAsPhonesCamerasAndMessengersWriteThemAreTakenOffWhateverFollows(string line, string[] names, string rest)
    {
        var (files, text) = PhotoReferences.Extract(line);

        Assert.Equal(names, files);
        Assert.Equal(rest, text);
    }

    [Fact]
    public void ASentenceMentioningAPictureIsNotAPhoto()
    {
        var (files, text) = PhotoReferences.Extract("The report.jpg format was discussed.");

        Assert.Empty(files);
        Assert.Equal("The report.jpg format was discussed.", text);
    }

    [Fact]
    public void PhotoNamesInARowWithCopyNumbersAreAllKept()
    {
        var page = ArchiveFixtures.PageAlone("Shrunk/photo-names-in-a-row-with-copy-numbers.txt");

        Assert.Equal(["IMG_2049 (3).heic", "photo.2018.05.09.96.HEIC", "photo_2009-07-31_14-10-50.png"], page.PhotoFiles);
        Assert.StartsWith("Experts of the member States presented measures", page.Lead, StringComparison.Ordinal);
        Assert.Contains("\n\n2024 in brief: The working group on peacekeeping", page.Body, StringComparison.Ordinal);
    }
}
