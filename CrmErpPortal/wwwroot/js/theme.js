window.portalTheme = {
    remember: function (isDark) {
        document.cookie = "crmerpportal.theme=" + (isDark ? "dark" : "light") +
            "; path=/; max-age=31536000; samesite=lax";
    }
};
