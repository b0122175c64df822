//! The compiler: Python source -> code objects.
//!
//! `rustpython-parser` gives the AST; `symtable.rs` resolves scopes; `codegen*.rs` emit
//! instructions per code object; `unit.rs` assembles them into [`CodeUnit`]s (plain Rust
//! data); `materialize.rs` turns a unit into a heap code object. `dis.rs` prints units.

pub mod bytecode;
pub mod code;
mod codegen;
mod codegen_expr;
mod codegen_pattern;
pub mod dis;
pub mod materialize;
pub mod symtable;
pub mod unit;

pub use unit::{CodeUnit, Constant};

use rustpython_parser::{ast, Mode};

/// What is being compiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileMode {
    /// A module (`exec`): statements.
    Exec,
    /// One expression (`eval`).
    Eval,
    /// One interactive statement (`single`): expression results are printed.
    Single,
}

/// A `SyntaxError` (or `IndentationError`/`TabError`) found while compiling.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    /// Exception class name: `SyntaxError`, `IndentationError` or `TabError`.
    pub kind: &'static str,
    /// Message.
    pub msg: String,
    /// File name.
    pub filename: String,
    /// Line (1-based).
    pub line: u32,
    /// Column (1-based, in characters, as `SyntaxError.offset`).
    pub col: u32,
    /// End line.
    pub end_line: u32,
    /// End column (1-based, exclusive).
    pub end_col: u32,
    /// The source line, if known.
    pub text: Option<String>,
}

/// Byte offset -> line/column.
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    /// Indexes `source`.
    pub fn new(source: &str) -> LineIndex {
        let mut starts = vec![0u32];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineIndex { starts }
    }

    /// 1-based line of a byte offset.
    pub fn line(&self, offset: u32) -> u32 {
        self.starts.partition_point(|&s| s <= offset) as u32
    }

    /// 0-based byte column of an offset.
    pub fn col(&self, offset: u32) -> u32 {
        let line = self.line(offset);
        offset - self.starts[(line - 1) as usize]
    }

    /// The text of a 1-based line, without its newline.
    pub fn line_text<'a>(&self, source: &'a str, line: u32) -> Option<&'a str> {
        let start = *self.starts.get(line.checked_sub(1)? as usize)? as usize;
        let end = self
            .starts
            .get(line as usize)
            .map(|&e| e as usize)
            .unwrap_or(source.len());
        Some(source.get(start..end)?.trim_end_matches(['\n', '\r']))
    }
}

fn char_col(text: &str, byte_col: u32) -> u32 {
    text.get(..byte_col as usize)
        .map_or(byte_col, |s| s.chars().count() as u32)
}

/// A `CompileError` at byte `offset`.
pub(crate) fn error_at(
    source: &str,
    lines: &LineIndex,
    filename: &str,
    kind: &'static str,
    msg: String,
    offset: u32,
    end_offset: Option<u32>,
) -> CompileError {
    let line = lines.line(offset);
    let text = lines.line_text(source, line).map(str::to_owned);
    let col = text
        .as_deref()
        .map_or(lines.col(offset), |t| char_col(t, lines.col(offset)))
        + 1;
    let (end_line, end_col) = match end_offset {
        Some(e) => {
            let el = lines.line(e);
            let et = lines.line_text(source, el).unwrap_or("");
            (el, char_col(et, lines.col(e)) + 1)
        }
        None => (line, col),
    };
    CompileError {
        kind,
        msg,
        filename: filename.to_owned(),
        line,
        col,
        end_line,
        end_col,
        text,
    }
}

/// Bracket errors the way CPython's tokenizer reports them (`'(' was never closed`,
/// `unmatched ')'`, `closing parenthesis ']' does not match opening parenthesis '('`).
/// Only tokens before byte offset `limit` count. Returns the error and, for an unclosed
/// bracket, the line it was opened on.
fn bracket_error(source: &str, filename: &str, limit: u32) -> Option<(CompileError, Option<u32>)> {
    use rustpython_parser::Tok;
    let lines = LineIndex::new(source);
    let mut stack: Vec<(char, u32)> = Vec::new();
    for item in rustpython_parser::lexer::lex(source, Mode::Module) {
        let Ok((tok, range)) = item else { break };
        let at = range.start().to_u32();
        if at >= limit {
            break;
        }
        let ch = match tok {
            Tok::Lpar => '(',
            Tok::Lsqb => '[',
            Tok::Lbrace => '{',
            Tok::Rpar => ')',
            Tok::Rsqb => ']',
            Tok::Rbrace => '}',
            _ => continue,
        };
        if "([{".contains(ch) {
            stack.push((ch, at));
            continue;
        }
        let want = match ch {
            ')' => '(',
            ']' => '[',
            _ => '{',
        };
        match stack.pop() {
            None => {
                let msg = format!("unmatched '{ch}'");
                return Some((
                    error_at(source, &lines, filename, "SyntaxError", msg, at, None),
                    None,
                ));
            }
            Some((open, open_at)) if open != want => {
                let msg = if lines.line(open_at) == lines.line(at) {
                    format!(
                        "closing parenthesis '{ch}' does not match opening parenthesis '{open}'"
                    )
                } else {
                    format!(
                        "closing parenthesis '{ch}' does not match opening parenthesis '{open}' on line {}",
                        lines.line(open_at)
                    )
                };
                return Some((
                    error_at(source, &lines, filename, "SyntaxError", msg, at, None),
                    None,
                ));
            }
            Some(_) => {}
        }
    }
    let (open, at) = stack.pop()?;
    let msg = format!("'{open}' was never closed");
    Some((
        error_at(source, &lines, filename, "SyntaxError", msg, at, None),
        Some(lines.line(at)),
    ))
}

fn parse_error(source: &str, filename: &str, e: rustpython_parser::ParseError) -> CompileError {
    use rustpython_parser::ParseErrorType as P;
    // Bracket errors the tokenizer meets before the parser's error win; an unclosed bracket
    // is reported when the parser fails at the end of input or on a later line than the
    // innermost open bracket (CPython's rule).
    let at_eof = matches!(
        e.error,
        P::Eof | P::Lexical(rustpython_parser::lexer::LexicalErrorType::Eof)
    ) || e.offset.to_u32() as usize >= source.trim_end().len();
    if !matches!(e.error, P::Lexical(_)) || at_eof {
        let limit = if at_eof { u32::MAX } else { e.offset.to_u32() };
        if let Some((b, open_line)) = bracket_error(source, filename, limit) {
            let err_line = LineIndex::new(source).line(e.offset.to_u32());
            match open_line {
                None => return b,
                Some(l) if at_eof || err_line > l => return b,
                Some(_) => {}
            }
        }
    }
    let lines = LineIndex::new(source);
    let offset = e.offset.to_u32();
    let (kind, msg) = match &e.error {
        P::Eof => ("SyntaxError", "unexpected EOF while parsing".to_owned()),
        P::Lexical(le) => {
            let s = le.to_string();
            if s.contains("indent") || s.contains("Indent") {
                ("IndentationError", normalize_indent_msg(&s))
            } else if s.contains("tab") {
                ("TabError", s)
            } else {
                ("SyntaxError", normalize_lexical_msg(&s))
            }
        }
        P::UnrecognizedToken(tok, expected) => {
            if matches!(tok, rustpython_parser::Tok::Indent) {
                ("IndentationError", "unexpected indent".to_owned())
            } else if matches!(tok, rustpython_parser::Tok::Dedent) {
                (
                    "IndentationError",
                    "unindent does not match any outer indentation level".to_owned(),
                )
            } else if expected.as_deref() == Some("Indent") {
                (
                    "IndentationError",
                    expected_block_msg(source, &lines, offset),
                )
            } else {
                ("SyntaxError", "invalid syntax".to_owned())
            }
        }
        P::InvalidToken => ("SyntaxError", "invalid token".to_owned()),
        P::ExtraToken(_) => ("SyntaxError", "invalid syntax".to_owned()),
    };
    let mut err = error_at(source, &lines, filename, kind, msg, offset, None);
    if err.msg.starts_with("unindent does not match") {
        // CPython points just past the end of the offending line.
        let n = err
            .text
            .as_deref()
            .map_or(0, |t| t.trim_end_matches(['\n', '\r']).chars().count());
        err.col = n as u32 + 1;
        err.end_col = err.col;
    }
    err
}

/// CPython's "expected an indented block after ..." naming the compound statement whose
/// body is missing (the last non-blank line before the error).
fn expected_block_msg(source: &str, lines: &LineIndex, offset: u32) -> String {
    let mut line = lines.line(offset);
    while line > 1 {
        line -= 1;
        let Some(text) = lines.line_text(source, line) else {
            break;
        };
        let t = text.trim_start();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        let word: String = t
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let word = if word == "async" {
            t[5..]
                .trim_start()
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect()
        } else {
            word
        };
        let what = match word.as_str() {
            "def" => "function definition".to_owned(),
            "class" => "class definition".to_owned(),
            "if" | "elif" | "else" | "for" | "while" | "try" | "except" | "finally" | "with"
            | "match" | "case" => format!("'{word}' statement"),
            _ => break,
        };
        return format!("expected an indented block after {what} on line {line}");
    }
    "expected an indented block".to_owned()
}

fn normalize_indent_msg(s: &str) -> String {
    if s.contains("unindent") || s.contains("dedent") {
        "unindent does not match any outer indentation level".to_owned()
    } else {
        "unexpected indent".to_owned()
    }
}

fn normalize_lexical_msg(s: &str) -> String {
    let lower = s.to_lowercase();
    if lower.contains("unterminated string") || lower.contains("eol while scanning") {
        "unterminated string literal (detected at line N)".to_owned()
    } else if lower.contains("unterminated triple") {
        "unterminated triple-quoted string literal (detected at line N)".to_owned()
    } else if s == "f-string: invalid conversion character" {
        format!("{s}: expected 's', 'r', or 'a'")
    } else {
        s.to_owned()
    }
}

/// Compiles `source` (from `filename`) in `mode`.
pub fn compile(source: &str, filename: &str, mode: CompileMode) -> Result<CodeUnit, CompileError> {
    let pmode = match mode {
        CompileMode::Exec => Mode::Module,
        CompileMode::Eval => Mode::Expression,
        CompileMode::Single => Mode::Interactive,
    };
    let parsed = rustpython_parser::parse(source, pmode, filename)
        .map_err(|e| fix_line_in_msg(source, parse_error(source, filename, e)))?;
    let lines = LineIndex::new(source);
    match parsed {
        ast::Mod::Module(m) => codegen::compile_module(source, &lines, filename, &m.body, false),
        ast::Mod::Interactive(m) => {
            codegen::compile_module(source, &lines, filename, &m.body, true)
        }
        ast::Mod::Expression(e) => codegen::compile_eval(source, &lines, filename, &e.body),
        ast::Mod::FunctionType(_) => Err(error_at(
            source,
            &lines,
            filename,
            "SyntaxError",
            "function type comments are not supported".to_owned(),
            0,
            None,
        )),
    }
}

fn fix_line_in_msg(_source: &str, mut e: CompileError) -> CompileError {
    if e.msg.contains("(detected at line N)") {
        e.msg = e.msg.replace("line N", &e.line.to_string());
    }
    e
}
