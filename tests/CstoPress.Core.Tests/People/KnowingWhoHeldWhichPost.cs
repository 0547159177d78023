namespace CstoPress.Core.Tests.People;

public class KnowingWhoHeldWhichPost
{
    private static Person Semerikov() => new()
    {
        Slug = "valery-semerikov",
        Name = "Valery Semerikov",
        NameVariants = ["V. Semerikov", "Семериков"],
        Posts =
        [
            new PostHeld { Title = "Deputy Secretary General", From = new DateOnly(2012, 1, 1), To = new DateOnly(2018, 11, 1) },
            new PostHeld { Title = "Secretary General", IsActing = true, From = new DateOnly(2018, 11, 2), To = new DateOnly(2019, 12, 31) },
        ],
    };

    [Fact]
    public void TheActingPostIsTheOneHeldIn2019()
    {
        var post = Semerikov().PostOn(new DateOnly(2019, 6, 20));

        Assert.NotNull(post);
        Assert.Equal("Acting Secretary General", post.DisplayTitle);
    }

    [Fact]
    public void NoPostIsKnownAfterTheLastOneEnded()
    {
        Assert.Null(Semerikov().PostOn(new DateOnly(2021, 1, 1)));
    }

    [Theory]
    [InlineData("Valery Semerikov")]
    [InlineData("v.  semerikov")]
    [InlineData("Семериков")]
    public void IsKnownUnderEveryVariantOfTheName(string name) => Assert.True(Semerikov().IsKnownAs(name));
}
