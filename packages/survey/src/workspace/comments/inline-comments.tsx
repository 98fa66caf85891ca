import "./comments.css";
import { useId } from "react";
import { Heading, type HeadingLevel } from "../report/heading.js";
import { useReportMessages } from "../report/use-report-messages.js";
import { filterComments, type CommentTarget } from "./comment-filter.js";
import { CommentForm } from "./comment-form.js";
import { CommentItem } from "./comment-item.js";
import { useComments } from "./comments-context.js";

/** The comments on one section or one response, with the box for a new one, under a heading of their own. */
export function InlineComments({ target, heading, level }: { target: CommentTarget; heading: string; level: HeadingLevel }) {
  const { r } = useReportMessages();
  const context = useComments();
  const headingId = useId();
  if (context === undefined) return null;
  const here = filterComments(context.comments, "all", target);
  if (here.length === 0 && !context.canWrite) return null;
  return (
    <section className="af-inline-comments" aria-labelledby={headingId}>
      <Heading level={level} id={headingId} className="af-inline-comments__title">
        {heading}
      </Heading>
      {here.length === 0 ? (
        <p className="af-hint">{r.commentsNoneHere}</p>
      ) : (
        <ul className="af-comments">
          {here.map((comment) => (
            <CommentItem key={comment.id} comment={comment} />
          ))}
        </ul>
      )}
      <CommentForm target={target} />
    </section>
  );
}
