using System;
using System.Text;

namespace HookAnalyzers.Tasks;

/// <summary>
/// Finds the value of an <c>[assembly: AssemblyMetadata(key, value)]</c> in the bytes of a compiled
/// assembly, without loading it (nothing is locked or executed).
/// </summary>
/// <remarks>
/// Why not System.Reflection.Metadata: both MSBuild hosts carry a copy, but not the same one. `dotnet build`
/// uses the runtime's, Visual Studio's MSBuild (.NET Framework) its own with a binding redirect to the
/// version that MSBuild release ships. A task compiled against a newer version than an older Visual Studio
/// ships fails to load there, so the reference would have to be pinned to the oldest supported host and
/// kept there. The attribute blob is simple enough to find exactly without any dependency: an
/// AssemblyMetadataAttribute(string, string) blob is the prolog 01 00, then SerString(key), then
/// SerString(value), each a compressed length (ECMA-335 II.23.2) followed by UTF-8 bytes. The keys are
/// written only by the HookAnalyzers generator, and the caller also checks the value's shape, so a byte
/// sequence that merely looks like the blob is not taken.
/// </remarks>
internal static class AssemblyMetadataBlobReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The first value stored under <paramref name="key"/> that <paramref name="accept"/> takes, or null.</summary>
    public static string? Find(byte[] image, string key, Func<string, bool> accept)
    {
        var keyBytes = Encoding.UTF8.GetBytes(key);
        if (keyBytes.Length >= 0x80)
        {
            throw new ArgumentException("Keys are expected to be shorter than 128 bytes (a one-byte length).", nameof(key));
        }

        var needle = new byte[keyBytes.Length + 3];
        needle[0] = 0x01;
        needle[1] = 0x00;
        needle[2] = (byte)keyBytes.Length;
        Buffer.BlockCopy(keyBytes, 0, needle, 3, keyBytes.Length);

        for (var start = 0; start <= image.Length - needle.Length; start++)
        {
            if (!StartsWith(image, start, needle))
            {
                continue;
            }

            var position = start + needle.Length;
            if (!TryReadCompressedLength(image, ref position, out var length) || position + length > image.Length)
            {
                continue;
            }

            string value;
            try
            {
                value = StrictUtf8.GetString(image, position, length);
            }
            catch (ArgumentException)
            {
                continue; // not UTF-8: not our blob
            }

            if (accept(value))
            {
                return value;
            }
        }

        return null;
    }

    public static bool AreEqual(byte[] left, byte[] right) => left.Length == right.Length && StartsWith(left, 0, right);

    private static bool TryReadCompressedLength(byte[] data, ref int position, out int length)
    {
        length = 0;
        if (position >= data.Length)
        {
            return false;
        }

        var first = data[position];
        if ((first & 0x80) == 0)
        {
            length = first;
            position += 1;
            return true;
        }

        if ((first & 0xC0) == 0x80 && position + 1 < data.Length)
        {
            length = ((first & 0x3F) << 8) | data[position + 1];
            position += 2;
            return true;
        }

        if ((first & 0xE0) == 0xC0 && position + 3 < data.Length)
        {
            length = ((first & 0x1F) << 24) | (data[position + 1] << 16) | (data[position + 2] << 8) | data[position + 3];
            position += 4;
            return true;
        }

        return false;
    }

    private static bool StartsWith(byte[] data, int start, byte[] prefix)
    {
        for (var i = 0; i < prefix.Length; i++)
        {
            if (data[start + i] != prefix[i])
            {
                return false;
            }
        }

        return true;
    }
}
