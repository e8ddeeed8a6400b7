using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using CommunityVoice.Tests.Support;

namespace CommunityVoice.Tests.Web.Hosting;

public class ErrorPageTests
{
    [Theory]
    [InlineData("/no-such-page", "Page not found", "lang=\"en\"")]
    [InlineData("/es/no-such-page", "Página no encontrada", "lang=\"es\"")]
    [InlineData("/a/b/c/d", "Page not found", "lang=\"en\"")]
    [InlineData("/es/", "Voz de la Comunidad", "lang=\"es\"")]
    public async Task UnknownUrlsGetTheNotFoundPageWithNavigationInTheVisitorsLanguage(string url, string heading, string lang)
    {
        await using var site = new SiteFactory();
        var response = await site.CreateClient().GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(heading, html);
        Assert.Contains("<html " + lang, html);
        if (heading.Contains("encontrada") || heading.Contains("not found"))
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("class=\"usa-nav__primary", html);
            Assert.Contains("noindex", html);
        }
    }

    [Theory]
    [InlineData("/xx/governance")]
    [InlineData("/es-MX/governance")]
    [InlineData("/esp")]
    [InlineData("/ES/governance")]
    [InlineData("/es/es/governance")]
    [InlineData("/%C0%AF")]
    [InlineData("/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/governance?culture=zz-ZZ&ui-culture=%00&x=%ZZ")]
    [InlineData("/?q=<script>alert(1)</script>")]
    [InlineData("/es?page=-1&page=abc")]
    [InlineData("/error/999999999999")]
    [InlineData("/feed.atom?x=%FF")]
    public async Task MalformedCultureSegmentsAndQueryStringsNeverGiveA500(string url)
    {
        await using var site = new SiteFactory();
        var response = await site.CreatePlainClient().GetAsync(url);
        Assert.True((int)response.StatusCode < 500, $"{url} gave {(int)response.StatusCode}");
        Assert.DoesNotContain("<script>alert(1)</script>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AServerErrorShowsAFriendlyPageWithoutAStackTrace()
    {
        await using var site = new ThrowingSiteFactory();
        var response = await site.CreateClient().GetAsync("/boom");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Something went wrong", html);
        Assert.DoesNotContain("InvalidOperationException", html);
        Assert.DoesNotContain("at CommunityVoice", html);
    }

    /// <summary>The real site, with one page that fails: a global page filter throws for <c>/boom</c>.</summary>
    sealed class ThrowingSiteFactory : SiteFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.Configure<MvcOptions>(o => o.Filters.Add(new ThrowOnBoom())));
        }
    }

    sealed class ThrowOnBoom : IAsyncPageFilter
    {
        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next) =>
            context.HttpContext.Request.Path == "/boom" ? throw new InvalidOperationException("boom") : next();
    }
}
