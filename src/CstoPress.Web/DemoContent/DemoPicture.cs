using SkiaSharp;

namespace CstoPress.Web.DemoContent;

/// <summary>
/// A picture drawn for the demo content (sky, a field, a row of flags), so that listings show a
/// thumbnail and a publication a photo without shipping anyone's photograph. It goes through the same
/// intake as an upload.
/// </summary>
public static class DemoPicture
{
    public static byte[] FlagsOverAField(int width = 1200, int height = 800)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            var horizon = height * 0.62f;
            using var sky = new SKPaint
            {
                Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, horizon),
                    [new SKColor(64, 118, 178), new SKColor(196, 220, 240)], SKShaderTileMode.Clamp),
            };
            canvas.DrawRect(0, 0, width, horizon, sky);
            using var field = new SKPaint
            {
                Shader = SKShader.CreateLinearGradient(new SKPoint(0, horizon), new SKPoint(0, height),
                    [new SKColor(122, 140, 74), new SKColor(78, 92, 46)], SKShaderTileMode.Clamp),
            };
            canvas.DrawRect(0, horizon, width, height - horizon, field);

            SKColor[][] flags =
            [
                [new(0, 114, 206), new(255, 255, 255), new(242, 168, 0)],
                [new(200, 16, 46), new(0, 122, 51), new(255, 255, 255)],
                [new(0, 174, 202), new(255, 204, 0), new(0, 174, 202)],
                [new(206, 17, 38), new(255, 255, 255), new(0, 122, 61)],
                [new(255, 255, 255), new(0, 57, 166), new(213, 43, 30)],
                [new(0, 45, 98), new(255, 255, 255), new(227, 196, 107)],
            ];
            using var pole = new SKPaint { Color = new SKColor(60, 60, 60), IsAntialias = true };
            using var stripe = new SKPaint { IsAntialias = true };
            var step = width / (flags.Length + 1f);
            for (var i = 0; i < flags.Length; i++)
            {
                var x = step * (i + 1);
                canvas.DrawRect(x - 3, height * 0.18f, 6, horizon - height * 0.18f + 20, pole);
                var flagWidth = step * 0.6f;
                var stripeHeight = height * 0.045f;
                for (var s = 0; s < 3; s++)
                {
                    stripe.Color = flags[i][s];
                    canvas.DrawRect(x + 3, height * 0.18f + s * stripeHeight, flagWidth, stripeHeight, stripe);
                }
            }
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 85);
        return data.ToArray();
    }
}
