using System.Text.RegularExpressions;
using CommunityVoice.Core.PersonalData;

namespace CommunityVoice.Tests.Support;

/// <summary>Posts a real form the way a browser does: fetch the page, keep its hidden fields (antiforgery token included) and cookies.</summary>
public static partial class FormClient
{
    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenInput();

    [GeneratedRegex("name=\"([^\"]+)\"")]
    private static partial Regex Name();

    [GeneratedRegex("value=\"([^\"]*)\"")]
    private static partial Regex Value();

    public static async Task<Dictionary<string, string>> HiddenFieldsAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url);
        var fields = new Dictionary<string, string>();
        foreach (Match input in HiddenInput().Matches(html))
        {
            var name = Name().Match(input.Value);
            if (name.Success) fields[name.Groups[1].Value] = System.Net.WebUtility.HtmlDecode(Value().Match(input.Value).Groups[1].Value);
        }
        Assert.True(fields.ContainsKey("__RequestVerificationToken"), $"{url} has an antiforgery token");
        return fields;
    }

    /// <summary>
    /// GETs the form (from <paramref name="formPath"/> when the page posting is not where the form is, such as
    /// a handler URL), then POSTs it with the given fields added to its hidden ones.
    /// </summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, IDictionary<string, string> fields, Action? beforePost = null, string? formPath = null)
    {
        var form = await HiddenFieldsAsync(client, formPath ?? (url.Contains("?handler=") ? "/staff" : url));
        foreach (var (key, value) in fields) form[key] = value;
        beforePost?.Invoke();
        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }
}
