using CrmErpPortal.Security.DemoSignIn;

namespace CrmErpPortal.Tests.Unit.Security;

public sealed class SafeLocalUrlTests
{
    [Theory]
    [InlineData("/customers?q=kiwi", "/customers?q=kiwi")]
    [InlineData("/", "/")]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    [InlineData("/account/login?ReturnUrl=%2F", "/")]
    public void KeepsOnlySameSitePaths(string? returnUrl, string expected)
    {
        var safe = DemoSignInEndpoints.SafeLocalUrl(returnUrl);

        Assert.Equal(expected, safe);
    }
}
