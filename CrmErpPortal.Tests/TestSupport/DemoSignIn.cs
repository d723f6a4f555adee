using System.Net;
using System.Text.RegularExpressions;

namespace CrmErpPortal.Tests.TestSupport;

/// <summary>Signs in through the real demo sign-in page and form post, antiforgery token included.</summary>
public static partial class DemoSignIn
{
    public static async Task<HttpClient> SignedInClientAsync(this PortalAppFactory factory, string personaId)
    {
        var client = factory.CreateBrowserlessClient();
        var response = await client.PostAsync("/account/demo-signin", await SignInFormAsync(client, personaId, "/"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static async Task<FormUrlEncodedContent> SignInFormAsync(HttpClient client, string personaId, string returnUrl)
    {
        var html = await client.GetStringAsync("/account/login");
        var token = AntiforgeryField().Match(html);
        Assert.True(token.Success, "the sign-in page carries an antiforgery token");
        return new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["persona"] = personaId,
            ["returnUrl"] = returnUrl,
        });
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
