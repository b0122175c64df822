//! File objects: `sys.stdin`/`stdout`/`stderr` and what `open()` returns.
//!
//! One NATIVE payload serves text files (`_io.TextIOWrapper`) and binary files
//! (`_io.BufferedReader`/`BufferedWriter`). Writes are buffered in the payload; stdout is
//! line-buffered on a terminal and block-buffered otherwise, stderr is unbuffered, like
//! CPython. Blocking reads and flushes run with the thread parked, so a collection never
//! waits on I/O. The payload's mutex makes a file safe to share between threads.

use crate::ctx::{Ctx, PyResult};
use crate::object::{NativePayload, Trace};
use crate::objects::exceptions::{self, type_error, value_error};
use crate::objects::function::{Args, NativeDef};
use crate::objects::str::{as_str, is_str_like, new_str, str_value};
use crate::objects::typeobj::{type_name, type_of};
use crate::runtime::{none, py_bool, Global};
use crate::types_init::GetSet;
use crate::value::Value;
use crate::{getter, native_table};
use krait_gc::Tracer;
use parking_lot::Mutex;
use std::io::{Read, Seek, SeekFrom, Write};
use std::sync::{Arc, Weak};

/// `_io.TextIOWrapper`.
pub static TEXT_FILE_TYPE: Global = Global::new();
/// `_io.BufferedReader`.
pub static BUFFERED_READER_TYPE: Global = Global::new();
/// `_io.BufferedWriter`.
pub static BUFFERED_WRITER_TYPE: Global = Global::new();

/// Where a file's bytes go.
pub enum Stream {
    /// Process stdin.
    Stdin,
    /// Process stdout.
    Stdout,
    /// Process stderr.
    Stderr,
    /// A file on disk.
    Disk(std::fs::File),
}

/// A file's state.
pub struct FileState {
    stream: Stream,
    name: String,
    mode: String,
    binary: bool,
    readable: bool,
    writable: bool,
    closed: bool,
    /// Flush after every write containing a newline.
    line_buffered: bool,
    /// Flush after every write.
    unbuffered: bool,
    wbuf: Vec<u8>,
    rbuf: Vec<u8>,
    rpos: usize,
    eof: bool,
    /// `open(newline=...)`: None translates \r\n and \r to \n on reading; "" and "\n"
    /// leave text as it is; "\r" and "\r\n" replace \n on writing.
    newline: Option<String>,
}

/// The payload of a file object. The state is shared with the registry of open files, so
/// that files nobody closed are still flushed when the program exits.
pub struct FilePayload(pub Arc<Mutex<FileState>>);

/// Every file opened, to flush at exit (a program that never closes a file loses nothing).
static OPEN_FILES: Mutex<Vec<Weak<Mutex<FileState>>>> = Mutex::new(Vec::new());

fn register_open(st: &Arc<Mutex<FileState>>) {
    let mut files = OPEN_FILES.lock();
    if files.len() >= 64 && files.len().is_power_of_two() {
        files.retain(|w| w.strong_count() > 0);
    }
    files.push(Arc::downgrade(st));
}

/// Flushes every open file: at exit, and before the program opens or inspects a file (in
/// CPython `open(p, "w").write(s)` reaches the disk at once, because reference counting
/// closes the file; here the write buffer is flushed before anything could look at it).
pub fn flush_open_files() {
    let files: Vec<_> = {
        let mut reg = OPEN_FILES.lock();
        reg.retain(|w| w.strong_count() > 0);
        reg.iter().filter_map(Weak::upgrade).collect()
    };
    for f in files {
        if let Some(mut st) = f.try_lock() {
            if !matches!(st.stream, Stream::Stdout | Stream::Stderr) {
                let _ = flush_state(&mut st);
            }
        }
    }
}

impl Trace for FilePayload {
    fn trace(&self, _t: &mut dyn Tracer) {}
}

impl NativePayload for FilePayload {
    const NAME: &'static str = "file";
}

impl Drop for FilePayload {
    fn drop(&mut self) {
        let _ = flush_state(&mut self.0.lock());
    }
}

fn flush_state(st: &mut FileState) -> std::io::Result<()> {
    if st.wbuf.is_empty() {
        return Ok(());
    }
    let r = match &mut st.stream {
        Stream::Stdout => {
            let mut o = std::io::stdout().lock();
            o.write_all(&st.wbuf).and_then(|_| o.flush())
        }
        Stream::Stderr => {
            let mut e = std::io::stderr().lock();
            e.write_all(&st.wbuf).and_then(|_| e.flush())
        }
        Stream::Disk(f) => f.write_all(&st.wbuf),
        Stream::Stdin => Ok(()),
    };
    st.wbuf.clear();
    r
}

/// Every live standard stream, flushed at exit.
static STD_STREAMS: Global = Global::new();

/// A new file object of type `ty`.
pub fn new_file(
    cx: &mut Ctx,
    ty: Value,
    stream: Stream,
    name: &str,
    mode: &str,
) -> PyResult<Value> {
    let binary = mode.contains('b');
    let readable = mode.contains('r') || mode.contains('+');
    let writable =
        mode.contains('w') || mode.contains('a') || mode.contains('x') || mode.contains('+');
    let (line_buffered, unbuffered) = match stream {
        Stream::Stdout => (is_tty(1), false),
        Stream::Stderr => (false, true),
        _ => (false, false),
    };
    let st = FileState {
        stream,
        name: name.to_owned(),
        mode: mode.to_owned(),
        binary,
        readable,
        writable,
        closed: false,
        line_buffered,
        unbuffered,
        wbuf: Vec::new(),
        rbuf: Vec::new(),
        rpos: 0,
        eof: false,
        newline: None,
    };
    let st = Arc::new(Mutex::new(st));
    register_open(&st);
    let o = cx.alloc_native(ty, FilePayload(st), 0)?;
    Ok(Value::from_obj(o))
}

fn is_tty(fd: i32) -> bool {
    use std::io::IsTerminal;
    match fd {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        _ => std::io::stderr().is_terminal(),
    }
}

/// Whether `v` is one of our file objects.
pub fn is_file(v: Value) -> bool {
    v.is_ref() && {
        let t = type_of(v);
        t == TEXT_FILE_TYPE.get()
            || t == BUFFERED_READER_TYPE.get()
            || t == BUFFERED_WRITER_TYPE.get()
    }
}

/// The payload of a file object. It lives in Rust memory, so the reference stays valid
/// across safepoints (the object holding it may move, the payload does not), as long as
/// the object is alive (callers get it from a rooted value such as a call argument).
fn payload(v: Value) -> &'static FilePayload {
    crate::object::native_payload::<FilePayload>(v.obj())
}

/// Locks a file's state; waiting for another thread happens parked, so a collection
/// requested meanwhile is not held up.
fn lock(cx: &mut Ctx, p: &'static FilePayload) -> parking_lot::MutexGuard<'static, FileState> {
    match p.0.try_lock() {
        Some(g) => g,
        None => cx.m.parked(|| p.0.lock()),
    }
}

fn closed_error(cx: &mut Ctx) -> crate::ctx::Raised {
    value_error(cx, "I/O operation on closed file.")
}

/// Raises the OSError matching an I/O error (FileNotFoundError for ENOENT...).
pub fn os_error(cx: &mut Ctx, e: &std::io::Error, filename: Option<&str>) -> crate::ctx::Raised {
    let errno = e.raw_os_error().unwrap_or(0);
    let msg = strerror(e);
    let r = (|| -> PyResult<crate::ctx::Raised> {
        let mark = cx.handle_mark();
        let m = new_str(cx, &msg)?;
        let hm = cx.root(m);
        let mut args = vec![Value::int(errno as i64), cx.get(hm)];
        if let Some(f) = filename {
            let fv = new_str(cx, f)?;
            args[1] = cx.get(hm);
            args.push(fv);
        }
        let exc = crate::interp::call::call(cx, exceptions::OS_ERROR.get(), &args)?;
        cx.pop_handles(mark);
        Ok(exceptions::raise_value(cx, exc))
    })();
    match r {
        Ok(r) | Err(r) => r,
    }
}

/// The C library's message for an I/O error (`No such file or directory`).
fn strerror(e: &std::io::Error) -> String {
    let s = e.to_string();
    // Rust formats OS errors as "message (os error N)".
    match s.rfind(" (os error") {
        Some(i) => s[..i].to_owned(),
        None => s,
    }
}

/// Writes `data` to a file object's buffer, flushing as its buffering mode says.
pub fn write_bytes(cx: &mut Ctx, f: Value, data: &[u8]) -> PyResult<()> {
    let p = payload(f);
    let mut st = lock(cx, p);
    if st.closed {
        drop(st);
        return Err(closed_error(cx));
    }
    if !st.writable {
        let what = if st.binary { "write" } else { "not writable" };
        drop(st);
        return Err(unsupported(cx, what));
    }
    match st.newline.as_deref() {
        Some(nl @ ("\r" | "\r\n")) if !st.binary => {
            let nl = nl.as_bytes().to_vec();
            for &b in data {
                if b == b'\n' {
                    st.wbuf.extend_from_slice(&nl);
                } else {
                    st.wbuf.push(b);
                }
            }
        }
        _ => st.wbuf.extend_from_slice(data),
    }
    let must_flush =
        st.unbuffered || (st.line_buffered && data.contains(&b'\n')) || st.wbuf.len() >= 1 << 16;
    if must_flush {
        let r = cx.m.parked(|| flush_state(&mut st));
        if let Err(e) = r {
            drop(st);
            return Err(os_error(cx, &e, None));
        }
    }
    Ok(())
}

fn unsupported(cx: &mut Ctx, what: &str) -> crate::ctx::Raised {
    let ty = crate::objects::exceptions::UNSUPPORTED_OPERATION.get();
    exceptions::raise_msg(cx, ty, what)
}

/// Flushes a file object.
pub fn flush(cx: &mut Ctx, f: Value) -> PyResult<()> {
    let p = payload(f);
    let mut st = lock(cx, p);
    if st.closed {
        return Ok(());
    }
    let r = cx.m.parked(|| flush_state(&mut st));
    drop(st);
    r.map_err(|e| os_error(cx, &e, None))
}

/// Flushes the process's stdout and stderr (at exit).
pub fn flush_std_streams() {
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
}

/// Flushes every file object registered as a standard stream (at exit).
pub fn flush_all(cx: &mut Ctx) {
    let l = STD_STREAMS.get();
    if l.is_null() {
        return;
    }
    // Flushing parks the thread: the list is re-read each time.
    let mut i = 0;
    loop {
        let l = STD_STREAMS.get();
        if i >= crate::objects::list::list_len(l) {
            break;
        }
        let f = crate::objects::list::list_get(l, i);
        i += 1;
        if is_file(f) {
            let _ = flush(cx, f);
        }
    }
    flush_open_files();
    flush_std_streams();
}

/// Remembers `f` to flush at exit.
pub fn register_std_stream(cx: &mut Ctx, f: Value) -> PyResult<()> {
    if STD_STREAMS.get().is_null() {
        let h = cx.root(f);
        let l = crate::objects::list::new_list(cx, &[])?;
        STD_STREAMS.set_rooted(l);
        let f2 = cx.get(h);
        cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
        return crate::objects::list::list_append(cx, l, f2);
    }
    crate::objects::list::list_append(cx, STD_STREAMS.get(), f)
}

/// Fills the read buffer; returns false at end of file.
fn fill(st: &mut FileState) -> std::io::Result<bool> {
    if st.rpos < st.rbuf.len() {
        return Ok(true);
    }
    if st.eof {
        return Ok(false);
    }
    st.rbuf.clear();
    st.rpos = 0;
    let mut chunk = vec![0u8; 1 << 16];
    let n = match &mut st.stream {
        Stream::Stdin => std::io::stdin().lock().read(&mut chunk)?,
        Stream::Disk(f) => f.read(&mut chunk)?,
        _ => 0,
    };
    if n == 0 {
        st.eof = true;
        return Ok(false);
    }
    st.rbuf.extend_from_slice(&chunk[..n]);
    Ok(true)
}

/// Reads one line (with its newline, empty at EOF).
fn read_line_bytes(
    cx: &mut Ctx,
    p: &'static FilePayload,
    limit: Option<usize>,
) -> PyResult<Vec<u8>> {
    let mut st = lock(cx, p);
    if st.closed {
        drop(st);
        return Err(closed_error(cx));
    }
    if !st.readable {
        let what = if st.binary { "read" } else { "not readable" };
        drop(st);
        return Err(unsupported(cx, what));
    }
    let r = cx.m.parked(|| -> std::io::Result<Vec<u8>> {
        let _ = flush_state(&mut st);
        let mut out = Vec::new();
        while fill(&mut st)? {
            let avail = &st.rbuf[st.rpos..];
            let want = limit.map_or(usize::MAX, |l| l - out.len());
            if let Some(i) = avail.iter().take(want).position(|&b| b == b'\n') {
                out.extend_from_slice(&avail[..=i]);
                st.rpos += i + 1;
                return Ok(out);
            }
            let take = avail.len().min(want);
            out.extend_from_slice(&avail[..take]);
            st.rpos += take;
            if limit.is_some_and(|l| out.len() >= l) {
                break;
            }
        }
        Ok(out)
    });
    drop(st);
    r.map_err(|e| os_error(cx, &e, None))
}

/// Reads everything (or `n` bytes).
fn read_bytes(cx: &mut Ctx, p: &'static FilePayload, n: Option<usize>) -> PyResult<Vec<u8>> {
    let mut st = lock(cx, p);
    if st.closed {
        drop(st);
        return Err(closed_error(cx));
    }
    if !st.readable {
        let what = if st.binary { "read" } else { "not readable" };
        drop(st);
        return Err(unsupported(cx, what));
    }
    let r = cx.m.parked(|| -> std::io::Result<Vec<u8>> {
        let mut out = Vec::new();
        while n.is_none_or(|n| out.len() < n) && fill(&mut st)? {
            let avail = &st.rbuf[st.rpos..];
            let take = n.map_or(avail.len(), |n| (n - out.len()).min(avail.len()));
            out.extend_from_slice(&avail[..take]);
            st.rpos += take;
        }
        Ok(out)
    });
    drop(st);
    r.map_err(|e| os_error(cx, &e, None))
}

fn is_binary(cx: &mut Ctx, p: &'static FilePayload) -> bool {
    lock(cx, p).binary
}

fn make_result(cx: &mut Ctx, p: &'static FilePayload, data: Vec<u8>) -> PyResult<Value> {
    if is_binary(cx, p) {
        return crate::objects::bytes::new_bytes(cx, &data);
    }
    let s = match String::from_utf8(data) {
        Ok(s) => s,
        Err(e) => {
            let d = e.into_bytes();
            return crate::objects::bytes_methods::decode(cx, &d, "utf-8", "strict");
        }
    };
    // Universal newlines: \r\n and \r read as \n.
    let translate = lock(cx, p).newline.is_none();
    let s = if translate && s.contains('\r') {
        s.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        s
    };
    new_str(cx, &s)
}

/// Reads a line from `sys.stdin`-like file `f` as a str without the newline (None at EOF).
pub fn input_line(cx: &mut Ctx, f: Value) -> PyResult<Option<String>> {
    let d = read_line_bytes(cx, payload(f), None)?;
    if d.is_empty() {
        return Ok(None);
    }
    let mut s = String::from_utf8_lossy(&d).into_owned();
    if s.ends_with('\n') {
        s.pop();
        if s.ends_with('\r') {
            s.pop();
        }
    }
    Ok(Some(s))
}

// --- methods -------------------------------------------------------------------------------

fn f_write(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::objects::argcheck::one(cx, &a, "write")?;
    let (f, v) = (a.get(0), a.get(1));
    let p = payload(f);
    if is_binary(cx, p) {
        if !crate::objects::bytes::is_bytes_like(v) {
            let msg = format!(
                "a bytes-like object is required, not '{}'",
                type_name(type_of(v))
            );
            return Err(type_error(cx, &msg));
        }
        let d = crate::objects::bytes::bytes_data(v);
        write_bytes(cx, f, &d)?;
        return Ok(Value::int(d.len() as i64));
    }
    if !is_str_like(v) {
        let msg = format!(
            "write() argument must be str, not {}",
            type_name(type_of(v))
        );
        return Err(type_error(cx, &msg));
    }
    // The text is copied: writing may park the thread, and `v` may then move.
    let s = as_str(str_value(v)).to_owned();
    let n = s.chars().count();
    write_bytes(cx, f, s.as_bytes())?;
    Ok(Value::int(n as i64))
}

fn f_writelines(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let l = crate::ops::iter::to_list(cx, a.get(1))?;
    let h = cx.root(l);
    let mut i = 0;
    loop {
        // Writing may park the thread: the list and the file are re-read each time.
        let l = cx.get(h);
        if i >= crate::objects::list::list_len(l) {
            break;
        }
        let item = crate::objects::list::list_get(l, i);
        i += 1;
        let f = a.get(0);
        let data = if is_str_like(item) {
            as_str(str_value(item)).as_bytes().to_vec()
        } else if crate::objects::bytes::is_bytes_like(item) {
            crate::objects::bytes::bytes_data(item)
        } else {
            cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
            return Err(type_error(
                cx,
                "writelines() argument must be an iterable of strings",
            ));
        };
        write_bytes(cx, f, &data)?;
    }
    cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
    Ok(none())
}

fn f_flush(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let f = a.get(0);
    if lock(cx, payload(f)).closed {
        return Err(closed_error(cx));
    }
    flush(cx, f)?;
    Ok(none())
}

fn size_arg(cx: &mut Ctx, v: Value) -> PyResult<Option<usize>> {
    if v.is_null() || v == none() {
        return Ok(None);
    }
    let n = crate::ops::number::index_i64(cx, v)?;
    Ok(if n < 0 { None } else { Some(n as usize) })
}

fn f_read(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let n = size_arg(cx, a.get(1))?;
    let p = payload(a.get(0));
    if !is_binary(cx, p) {
        if let Some(n) = n {
            // n characters: read bytes until n chars are decoded.
            let mut out = String::new();
            let mut pending = Vec::new();
            while out.chars().count() < n {
                let b = read_bytes(cx, p, Some(1))?;
                if b.is_empty() {
                    break;
                }
                pending.extend(b);
                if let Ok(s) = std::str::from_utf8(&pending) {
                    out.push_str(s);
                    pending.clear();
                }
            }
            return new_str(cx, &out);
        }
    }
    let d = read_bytes(cx, p, n)?;
    make_result(cx, p, d)
}

fn f_readline(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let n = size_arg(cx, a.get(1))?;
    let p = payload(a.get(0));
    let d = read_line_bytes(cx, p, n)?;
    make_result(cx, p, d)
}

fn f_readlines(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let p = payload(a.get(0));
    let l = crate::objects::list::new_list(cx, &[])?;
    let hl = cx.root(l);
    let r = (|| -> PyResult<()> {
        loop {
            let d = read_line_bytes(cx, p, None)?;
            if d.is_empty() {
                return Ok(());
            }
            let line = make_result(cx, p, d)?;
            let l = cx.get(hl);
            crate::objects::list::list_append(cx, l, line)?;
        }
    })();
    let l = cx.get(hl);
    cx.pop_handles(crate::ctx::HandleMark::from_handle(hl));
    r.map(|_| l)
}

fn f_iter(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    if lock(cx, payload(a.get(0))).closed {
        return Err(closed_error(cx));
    }
    Ok(a.get(0))
}

fn f_next(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let p = payload(a.get(0));
    let d = read_line_bytes(cx, p, None)?;
    if d.is_empty() {
        return Err(exceptions::stop_iteration(cx, Value::NULL));
    }
    make_result(cx, p, d)
}

fn f_close(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let f = a.get(0);
    let p = payload(f);
    let mut st = lock(cx, p);
    if st.closed {
        return Ok(none());
    }
    let r = cx.m.parked(|| flush_state(&mut st));
    if matches!(st.stream, Stream::Disk(_)) {
        st.stream = Stream::Stdin;
    }
    st.closed = true;
    drop(st);
    r.map_err(|e| os_error(cx, &e, None))?;
    Ok(none())
}

fn f_enter(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    if lock(cx, payload(a.get(0))).closed {
        return Err(closed_error(cx));
    }
    Ok(a.get(0))
}

fn f_exit(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    f_close(cx, a)?;
    Ok(none())
}

fn f_fileno(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let st = lock(cx, payload(a.get(0)));
    let fd = match &st.stream {
        Stream::Stdin => 0,
        Stream::Stdout => 1,
        Stream::Stderr => 2,
        Stream::Disk(f) => {
            use std::os::fd::AsRawFd;
            f.as_raw_fd() as i64
        }
    };
    drop(st);
    let _ = cx;
    Ok(Value::int(fd))
}

fn f_isatty(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let st = lock(cx, payload(a.get(0)));
    Ok(py_bool(match st.stream {
        Stream::Stdin => is_tty(0),
        Stream::Stdout => is_tty(1),
        Stream::Stderr => is_tty(2),
        Stream::Disk(_) => false,
    }))
}

fn f_seek(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let off = crate::ops::number::index_i64(cx, a.get(1))?;
    let whence = if a.len() > 2 {
        crate::ops::number::index_i64(cx, a.get(2))?
    } else {
        0
    };
    let p = payload(a.get(0));
    let mut st = lock(cx, p);
    let _ = flush_state(&mut st);
    let buffered = (st.rbuf.len() - st.rpos) as i64;
    st.rbuf.clear();
    st.rpos = 0;
    st.eof = false;
    let pos = match whence {
        0 => SeekFrom::Start(off.max(0) as u64),
        1 => SeekFrom::Current(off - buffered),
        _ => SeekFrom::End(off),
    };
    let r = match &mut st.stream {
        Stream::Disk(file) => file.seek(pos),
        _ => Err(std::io::Error::new(
            std::io::ErrorKind::Unsupported,
            "underlying stream is not seekable",
        )),
    };
    drop(st);
    match r {
        Ok(n) => crate::objects::int::from_i64(cx, n as i64),
        Err(e) => Err(os_error(cx, &e, None)),
    }
}

fn f_tell(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let p = payload(a.get(0));
    let mut st = lock(cx, p);
    let _ = flush_state(&mut st);
    let buffered = (st.rbuf.len() - st.rpos) as u64;
    let r = match &mut st.stream {
        Stream::Disk(file) => file.stream_position().map(|p| p - buffered),
        _ => Err(std::io::Error::new(
            std::io::ErrorKind::Unsupported,
            "underlying stream is not seekable",
        )),
    };
    drop(st);
    match r {
        Ok(n) => crate::objects::int::from_i64(cx, n as i64),
        Err(e) => Err(os_error(cx, &e, None)),
    }
}

fn f_readable(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(py_bool(lock(cx, payload(a.get(0))).readable))
}
fn f_writable(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(py_bool(lock(cx, payload(a.get(0))).writable))
}
fn f_seekable(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(py_bool(matches!(
        lock(cx, payload(a.get(0))).stream,
        Stream::Disk(_)
    )))
}

fn f_repr(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let f = a.get(0);
    let st = lock(cx, payload(f));
    let (name, mode, binary) = (st.name.clone(), st.mode.clone(), st.binary);
    drop(st);
    let tn = type_name(type_of(f));
    let nr = crate::objects::str::str_repr(&name);
    let s = if binary {
        format!("<_io.{tn} name={nr}>")
    } else {
        format!("<_io.{tn} name={nr} mode='{mode}' encoding='utf-8'>")
    };
    new_str(cx, &s)
}

fn f_name(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let n = lock(cx, payload(a.get(0))).name.clone();
    if let Some(fd) = n.strip_prefix("<fd ").and_then(|s| s.strip_suffix('>')) {
        return Ok(Value::int(fd.parse().unwrap_or(0)));
    }
    new_str(cx, &n)
}
fn f_mode(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let m = lock(cx, payload(a.get(0))).mode.clone();
    new_str(cx, &m)
}
fn f_closed(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(py_bool(lock(cx, payload(a.get(0))).closed))
}
fn f_encoding(cx: &mut Ctx, _a: Args<'_>) -> PyResult<Value> {
    new_str(cx, "utf-8")
}
fn f_buffer(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(a.get(0))
}

/// Methods of file objects.
pub static FILE_METHODS: &[NativeDef] = native_table![
    Method "write" => f_write,
    Method "writelines" => f_writelines,
    Method "flush" => f_flush,
    Method "read" => f_read,
    Method "readline" => f_readline,
    Method "readlines" => f_readlines,
    Method "__iter__" => f_iter,
    Method "__next__" => f_next,
    Method "close" => f_close,
    Method "__enter__" => f_enter,
    Method "__exit__" => f_exit,
    Method "fileno" => f_fileno,
    Method "isatty" => f_isatty,
    Method "seek" => f_seek,
    Method "tell" => f_tell,
    Method "readable" => f_readable,
    Method "writable" => f_writable,
    Method "seekable" => f_seekable,
    Method "__repr__" => f_repr,
];

/// Attributes of file objects.
pub static FILE_GETSETS: &[GetSet] = &[
    GetSet {
        name: "name",
        get: getter!("name", f_name),
        set: None,
    },
    GetSet {
        name: "mode",
        get: getter!("mode", f_mode),
        set: None,
    },
    GetSet {
        name: "closed",
        get: getter!("closed", f_closed),
        set: None,
    },
    GetSet {
        name: "encoding",
        get: getter!("encoding", f_encoding),
        set: None,
    },
    GetSet {
        name: "buffer",
        get: getter!("buffer", f_buffer),
        set: None,
    },
];

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None)`.
pub fn open(cx: &mut Ctx, path: &str, mode: &str, newline: Option<String>) -> PyResult<Value> {
    let mut seen = std::collections::HashSet::new();
    if !mode
        .chars()
        .all(|c| "rwaxbt+U".contains(c) && seen.insert(c))
    {
        let msg = format!("invalid mode: '{mode}'");
        return Err(value_error(cx, &msg));
    }
    let kinds = mode.chars().filter(|c| "rwax".contains(*c)).count();
    if mode.contains('b') && mode.contains('t') {
        return Err(value_error(cx, "can't have text and binary mode at once"));
    }
    if kinds > 1 {
        return Err(value_error(
            cx,
            "must have exactly one of create/read/write/append mode",
        ));
    }
    if kinds == 0 {
        return Err(value_error(
            cx,
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    if newline.is_some() && mode.contains('b') {
        return Err(value_error(
            cx,
            "binary mode doesn't take a newline argument",
        ));
    }
    let mut o = std::fs::OpenOptions::new();
    let plus = mode.contains('+');
    if mode.contains('r') {
        o.read(true).write(plus);
    } else if mode.contains('w') {
        o.write(true).create(true).truncate(true).read(plus);
    } else if mode.contains('a') {
        o.append(true).create(true).read(plus);
    } else if mode.contains('x') {
        o.write(true).create_new(true).read(plus);
    }
    flush_open_files();
    let r = cx.m.parked(|| o.open(path));
    let file = match r {
        Ok(f) => f,
        Err(e) => return Err(os_error(cx, &e, Some(path))),
    };
    if file.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        let e = std::io::Error::from_raw_os_error(21);
        return Err(os_error(cx, &e, Some(path)));
    }
    let norm_mode = {
        let base: String = mode.chars().filter(|c| *c != 't' && *c != 'U').collect();
        base
    };
    let ty = if !mode.contains('b') {
        TEXT_FILE_TYPE.get()
    } else if mode.contains('r') && !plus {
        BUFFERED_READER_TYPE.get()
    } else {
        BUFFERED_WRITER_TYPE.get()
    };
    let f = new_file(cx, ty, Stream::Disk(file), path, &norm_mode)?;
    lock(cx, payload(f)).newline = newline;
    Ok(f)
}
