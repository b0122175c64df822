fn main() {
    println!("krait {}", env!("CARGO_PKG_VERSION"));
}
