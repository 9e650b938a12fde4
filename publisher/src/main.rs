fn main() -> std::process::ExitCode {
    eprintln!("publisher: not implemented yet");
    std::process::ExitCode::from(1)
}
