//! `annotate FILE.txt` (or `-` for stdin): prints the engine's annotations of
//! one article as JSON in the corpus gold format (code-point offsets).

use std::io::Read;
use std::process::ExitCode;

use marginalia_engine::{Document, WireDocument};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [path] = args.as_slice() else {
        eprintln!("usage: annotate FILE.txt   (or - to read standard input)");
        return ExitCode::from(2);
    };
    let text = if path == "-" {
        let mut text = String::new();
        if let Err(e) = std::io::stdin().read_to_string(&mut text) {
            eprintln!("annotate: cannot read standard input: {e}");
            return ExitCode::FAILURE;
        }
        text
    } else {
        match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("annotate: cannot read {path}: {e}");
                return ExitCode::FAILURE;
            }
        }
    };
    let doc = Document::analyze(&text);
    println!("{}", WireDocument::from_document(&doc, marginalia_engine::ArticleText::Omitted).to_json());
    ExitCode::SUCCESS
}
