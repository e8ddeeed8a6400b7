using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using CommunityVoice.Core.Content;
using CommunityVoice.Site.Infrastructure.Content;
using CommunityVoice.Site.Localization;
using Microsoft.Extensions.Localization;

namespace CommunityVoice.Site.Endpoints;

/// <summary><c>/sitemap.xml</c> for search engines and <c>/feed.atom</c> (per language) for people who follow updates.</summary>
public static class ContentFeeds
{
    static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public static void MapContentFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet(AppRoutes.Sitemap, (HttpContext context, IContentSource content) =>
        {
            var snapshot = content.Current;
            var urls = snapshot.Pages.Select(page => new XElement(Sitemap + "url",
                new XElement(Sitemap + "loc", PathCulture.AbsoluteUrl(context, page.Language, page.Path)),
                new XElement(Sitemap + "lastmod", page.Updated.ToString("yyyy-MM-dd")),
                snapshot.Pages.Where(p => p.Slug == page.Slug).Select(alt => new XElement(Xhtml + "link",
                    new XAttribute("rel", "alternate"), new XAttribute("hreflang", alt.Language),
                    new XAttribute("href", PathCulture.AbsoluteUrl(context, alt.Language, alt.Path))))));
            var xml = new XDocument(new XDeclaration("1.0", "utf-8", null),
                new XElement(Sitemap + "urlset", new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml), urls));
            return Results.Text(xml.Declaration + "\n" + xml.Root, "application/xml", Encoding.UTF8);
        }).CacheOutput(ContentLifetime.Policy).ExcludeFromDescription();

        app.MapGet(AppRoutes.Feed, (HttpContext context, IContentSource content, IStringLocalizer<SharedResource> T) =>
        {
            var language = PathCulture.LanguageOf(context);
            var pages = content.Current.Pages.Where(p => p.Language == language).OrderByDescending(p => p.Updated).ThenBy(p => p.Slug).ToList();
            var updated = pages.Count == 0 ? DateTimeOffset.UnixEpoch : ToInstant(pages[0].Updated);
            var feed = new SyndicationFeed(T["Community Voice"] + " — " + T["Updates"], T["The State's data vision, in plain language."],
                new Uri(PathCulture.AbsoluteUrl(context, language, "/")), PathCulture.AbsoluteUrl(context, language, AppRoutes.Feed), updated)
            {
                Language = language,
                Items = pages.Select(page =>
                {
                    var url = PathCulture.AbsoluteUrl(context, language, page.Path);
                    return new SyndicationItem(page.Title, page.Summary, new Uri(url), url, ToInstant(page.Updated));
                }).ToList(),
            };
            var buffer = new StringBuilder();
            using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = Encoding.UTF8, Indent = true }))
                new Atom10FeedFormatter(feed).WriteTo(writer);
            return Results.Text(buffer.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\""), "application/atom+xml", Encoding.UTF8);
        }).CacheOutput(ContentLifetime.Policy).ExcludeFromDescription();
    }

    static DateTimeOffset ToInstant(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
