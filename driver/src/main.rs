fn main() -> std::process::ExitCode {
    eprintln!("driver: not implemented yet");
    std::process::ExitCode::from(1)
}
