using System.Text;

namespace HookAnalyzers.Generators.Helpers;

/// <summary>
/// Text emission with indentation, in the style of dotnet/runtime's SourceWriter: cheaper and
/// easier to read than building SyntaxNodes and calling NormalizeWhitespace.
/// Lines always end with '\n' so output is byte-identical on every OS.
/// </summary>
internal sealed class IndentedWriter
{
    private readonly StringBuilder _builder = new();
    private readonly string _indentUnit;
    private int _indent;

    public IndentedWriter(string indentUnit = "    ") => _indentUnit = indentUnit;

    public IndentedWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            for (var i = 0; i < _indent; i++)
            {
                _builder.Append(_indentUnit);
            }

            _builder.Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    /// <summary>Writes the line, then indents what follows until <see cref="Dedent"/>.</summary>
    public IndentedWriter Indent()
    {
        _indent++;
        return this;
    }

    public IndentedWriter Dedent()
    {
        _indent--;
        return this;
    }

    /// <summary>Writes "{", indents, and returns a scope that writes "}" (plus <paramref name="closeSuffix"/>) when disposed.</summary>
    public Block OpenBlock(string? header = null, string closeSuffix = "")
    {
        if (header is not null)
        {
            Line(header);
        }

        Line("{");
        _indent++;
        return new Block(this, closeSuffix);
    }

    /// <summary>Appends text that already contains line breaks, indenting every non-empty line.</summary>
    public IndentedWriter Lines(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var count = lines.Length;
        if (count > 0 && lines[count - 1].Length == 0)
        {
            count--;
        }

        for (var i = 0; i < count; i++)
        {
            Line(lines[i]);
        }

        return this;
    }

    public override string ToString() => _builder.ToString();

    internal readonly struct Block : System.IDisposable
    {
        private readonly IndentedWriter _writer;
        private readonly string _closeSuffix;

        public Block(IndentedWriter writer, string closeSuffix)
        {
            _writer = writer;
            _closeSuffix = closeSuffix;
        }

        public void Dispose()
        {
            _writer._indent--;
            _writer.Line("}" + _closeSuffix);
        }
    }
}
