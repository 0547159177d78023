namespace CstoPress.Core.Tests.Import;

public class ReadingTheSignature
{
    [Fact]
    public void TheSignatureBecomesThePressContactAndLeavesTheBody()
    {
        var page = ArchiveFixtures.PageFromBatch("news-with-signature.txt");

        Assert.Equal(new PressSignature("Ilya Zaynullin", "CSTO Press Secretary", "+7 495 000-12-34", null), page.Signature);
        Assert.DoesNotContain("Press Secretary", page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSamePressSecretarySpelledThreeWaysIsOneContact()
    {
        var directory = new PressContactDirectory([]);
        var first = directory.Resolve(ArchiveFixtures.PageFromBatch("news-with-signature.txt").Signature!);
        var second = directory.Resolve(ArchiveFixtures.PageFromBatch("signature-spelled-differently.txt").Signature!);
        var russian = directory.Resolve(ArchiveFixtures.PageFromBatch("russian-statement.txt").Signature!);

        var contact = Assert.Single(directory.Contacts);
        Assert.Same(contact, first);
        Assert.Same(contact, second);
        Assert.Same(contact, russian);
        Assert.Equal("Ilya Zaynullin", contact.Name);
        Assert.Equal(["I. Zainullin", "Илья Зайнуллин"], contact.NameVariants);
        Assert.Equal("+7 495 000-12-34", contact.Phone);
        Assert.Equal("press@example.org", contact.Email);
    }

    [Fact]
    public void AKnownContactIsFoundByAVariantOfTheName()
    {
        var known = new PressContact { Id = 7, Name = "Ilya Zainullin", Phone = "+7 495 000-12-34" };
        var directory = new PressContactDirectory([known]);

        var found = directory.Resolve(new PressSignature("I. Zaynullin", null, "8-495-000-12-34", null));

        Assert.Same(known, found);
    }

    [Fact]
    public void ADifferentPersonIsADifferentContact()
    {
        var directory = new PressContactDirectory([new PressContact { Name = "Ilya Zaynullin" }]);

        directory.Resolve(new PressSignature("Maria Demonstrova", "Press Secretary", null, null));

        Assert.Equal(2, directory.Contacts.Count);
    }

    [Theory]
    [InlineData("Ilya Zaynullin, CSTO Press Secretary", "Ilya Zaynullin", "CSTO Press Secretary", null, null)]
    [InlineData("PRESS SECRETARY OF THE CSTO ILYA ZAYNULLIN\n+7 (495) 000-12-34", "ILYA ZAYNULLIN", "PRESS SECRETARY OF THE CSTO", "+7 495 000-12-34", null)]
    [InlineData("The Press Secretary of the CSTO\nYu. Shcherbakov\ntel.: (495) 000-23-45, e-mail: Shcherbakov@CSTO.example", "Yu. Shcherbakov", "Press Secretary of the CSTO", "+7 495 000-23-45", "shcherbakov@csto.example")]
    [InlineData("Зайнуллин И.А. – пресс-секретарь ОДКБ\nтел.: 8-495-000-12-34", "Зайнуллин И.А.", "пресс-секретарь ОДКБ", "+7 495 000-12-34", null)]
    [InlineData("csto press secretary I. Zainullin, Tel. 495 000 12 34", "I. Zainullin", "csto press secretary", "+7 495 000-12-34", null)]
    [InlineData("Ilya Zaynullin\nHead of the Press Service of the CSTO Secretariat\nPhone: +7 495 0001234\nE-mail: press@example.org", "Ilya Zaynullin", "Head of the Press Service of the CSTO Secretariat", "+7 495 000-12-34", "press@example.org")]
    public void ASignatureIsReadInAnyCaseOrderAndNumberOfLines(string printed, string name, string post, string? phone, string? email)
    {
        var signature = PressSignature.Read(new ArchiveParagraph(printed.Split('\n')));

        Assert.Equal(new PressSignature(name, post, phone, email), signature);
    }

    [Theory]
    [InlineData("The CSTO Press Secretary Ilya Zaynullin told journalists that the exercise had ended.")]
    [InlineData("Пресс-секретарь ОДКБ Илья Зайнуллин сообщил журналистам о планах.")]
    [InlineData("Hotline: +7 495 000-12-34")]
    public void ASentenceNamingThePressSecretaryOrAPhoneIsNoSignature(string text)
    {
        Assert.Null(PressSignature.Read(new ArchiveParagraph([text])));
    }

    [Fact]
    public void TheNameAboveAPhoneInAParagraphOfItsOwnIsOneSignatureAndAMentionAboveStaysText()
    {
        var page = ArchiveFixtures.PageAlone("Shrunk/signature-name-first-phone-below-under-a-mention.txt");

        Assert.Equal(new PressSignature("ИЛЬЯ ЗАЙНУЛЛИН", "пресс-секретарь одкб", "+7 495 000-12-34", null), page.Signature);
        Assert.Contains("Пресс-секретарь ОДКБ Н. Пьянкова сообщил журналистам", page.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("495", page.Body, StringComparison.Ordinal);
        Assert.Equal(["IMG 4422.PNG"], page.PhotoFiles);
    }

    [Fact]
    public void APostInCapitalsAboveTheNameIsRead()
    {
        var page = ArchiveFixtures.PageAlone("Shrunk/signature-in-capitals-post-above-name.txt");

        Assert.Equal(new PressSignature("Ilya Zainulin", "PRESS SECRETARY OF THE CSTO", null, null), page.Signature);
        Assert.Equal(["P1009453(1).png"], page.PhotoFiles);
        Assert.DoesNotContain("PRESS SECRETARY", page.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("+7495-000-12-34 -tel")]
    [InlineData("+7 (495) 000 12 34")]
    [InlineData("8 (495) 000-12-34")]
    [InlineData("(495) 000-12-34")]
    [InlineData("495 000 12 34")]
    [InlineData("+74950001234")]
    public void AMoscowPhoneIsWrittenOneWayWithOrWithoutTheCountryCode(string typed)
    {
        Assert.Equal("+7 495 000-12-34", PressSignature.NormalizePhone(typed));
    }
}
