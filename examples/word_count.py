"""A pipeline of container components that needs nothing but a POSIX shell.

Compile:  python word_count.py  (writes word_count.yaml; needs `pip install kfp==2.17.3`)
Run a step on this machine (no cluster):
    launcher local run examples/word_count.yaml --task make-text --param message='hello kfp world'
    launcher local run examples/word_count.yaml --task count-words
    launcher local run examples/word_count.yaml --task report
"""
from kfp import compiler, dsl
from kfp.dsl import ConcatPlaceholder, Dataset, IfPresentPlaceholder, Input, Markdown, Output, OutputPath


@dsl.container_component
def make_text(message: str, repeat: int, text: Output[Dataset]):
    """Writes `message` `repeat` times, one per line."""
    return dsl.ContainerSpec(
        image="alpine:3.20",
        command=["sh", "-ec", 'mkdir -p "$(dirname "$2")"; i=0; while [ "$i" -lt "$1" ]; do echo "$0"; i=$((i+1)); done > "$2"'],
        args=[message, repeat, text.path],
    )


@dsl.container_component
def count_words(text: Input[Dataset], words: OutputPath(int), lines: OutputPath(int)):
    """Counts words and lines of a text artifact into two integer outputs."""
    return dsl.ContainerSpec(
        image="alpine:3.20",
        command=["sh", "-ec", 'wc -w < "$0" | tr -d " " > "$1"; wc -l < "$0" | tr -d " " > "$2"'],
        args=[text.path, words, lines],
    )


@dsl.container_component
def report(words: int, lines: int, summary: Output[Markdown], title: str = ""):
    """Writes a Markdown report; the title is optional (IfPresent) and the
    header line is built with Concat."""
    return dsl.ContainerSpec(
        image="alpine:3.20",
        command=["sh", "-ec", 'mkdir -p "$(dirname "$0")"; printf "%s\\n\\n%s\\n" "$1" "$2" > "$0"; cat "$0"'],
        args=[
            summary.path,
            IfPresentPlaceholder(input_name="title", then=[title], else_=["# Word count"]),
            ConcatPlaceholder(["**", words, "** words on **", lines, "** lines"]),
        ],
    )


@dsl.pipeline(name="word-count", description="Counts the words of a generated text.")
def word_count(message: str = "hello world", repeat: int = 3):
    made = make_text(message=message, repeat=repeat)
    counted = count_words(text=made.outputs["text"])
    report(words=counted.outputs["words"], lines=counted.outputs["lines"])


if __name__ == "__main__":
    compiler.Compiler().compile(word_count, __file__.replace(".py", ".yaml"))
