namespace CstoPress.Web.Feeds;

/// <summary>What a feed is about: its id, title, the page it mirrors and its own address.</summary>
public sealed record FeedDescription(string Name, string Title, ContentLanguage Language, string PagePath, string SelfPath);
